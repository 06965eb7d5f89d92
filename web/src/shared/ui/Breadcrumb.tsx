import { useI18n } from '../i18n';
import { Link } from '../Link';
import type { Href } from '../routes';

export interface Crumb {
  readonly label: string;
  /** Absent for the current page. */
  readonly to?: Href;
}

export function Breadcrumb({ crumbs }: { readonly crumbs: readonly Crumb[] }) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={index}>
            {crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
