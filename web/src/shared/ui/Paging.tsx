import type { Href } from '../routes';
import { Link } from '../Link';
import { useI18n } from '../i18n';

interface PagingProps {
  readonly label: string;
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** The address of the page starting at an offset (the URL keeps the page). */
  readonly hrefAt: (offset: number) => Href;
}

/** Previous / next as links (the page is in the URL), shown only when there is more than one page. */
export function Paging({ label, total, limit, offset, hrefAt }: PagingProps) {
  const { t } = useI18n();
  if (total <= limit && offset === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="pager" aria-label={label}>
      {offset > 0 ? (
        <Link className="button" to={hrefAt(Math.max(0, offset - limit))}>
          {t('pager.previous')}
        </Link>
      ) : (
        <span className="button" aria-disabled="true">
          {t('pager.previous')}
        </span>
      )}
      <span>{t('pager.status', { page: Math.min(page, pages), pages })}</span>
      {offset + limit < total ? (
        <Link className="button" to={hrefAt(offset + limit)}>
          {t('pager.next')}
        </Link>
      ) : (
        <span className="button" aria-disabled="true">
          {t('pager.next')}
        </span>
      )}
    </nav>
  );
}
