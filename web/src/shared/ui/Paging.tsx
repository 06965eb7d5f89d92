import type { Href } from '../routes';
import { Link } from '../Link';
import { useI18n } from '../i18n';
import { pageAt } from './pageAt';

interface PagingProps {
  /** What is paged ("Security events"): names the navigation landmark for screen readers. */
  readonly label: string;
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** The address of the page starting at an offset (the URL keeps the page). */
  readonly hrefAt: (offset: number) => Href;
  /** The count in words ("1,234 requests"): when given, the pager is shown even on a single page. */
  readonly totalText?: string;
}

/**
 * Every paged list's pager: previous and next as links (the page is in the URL, so they are
 * reached by Tab and followed with Enter, and back/forward work), a missing side shown disabled,
 * "Page X of Y" between them. Without a count to show, a single page has no pager.
 */
export function Paging({ label, total, limit, offset, hrefAt, totalText }: PagingProps) {
  const { t } = useI18n();
  if (totalText === undefined && total <= limit && offset === 0) return null;
  const { page, pages, previous, next } = pageAt(total, limit, offset);
  const status = t('pager.status', { page, pages });
  return (
    <nav className="pager" aria-label={t('pager.label', { what: label })}>
      {previous !== null ? (
        <Link className="button" to={hrefAt(previous)} rel="prev">
          {t('pager.previous')}
        </Link>
      ) : (
        <span className="button button-off" aria-disabled="true">
          {t('pager.previous')}
        </span>
      )}
      <span className="pager-status">{totalText === undefined ? status : `${status} · ${totalText}`}</span>
      {next !== null ? (
        <Link className="button" to={hrefAt(next)} rel="next">
          {t('pager.next')}
        </Link>
      ) : (
        <span className="button button-off" aria-disabled="true">
          {t('pager.next')}
        </span>
      )}
    </nav>
  );
}
