import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { inboxHref, type InboxFilters } from './inboxSearch';

/** "Page X of Y · N requests", with previous and next as links (the page is in the address). */
export function Pager({ filters, total }: { readonly filters: InboxFilters; readonly total: number }) {
  const { lang, t } = useI18n();
  const { limit, offset } = filters;
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  const plural = new Intl.PluralRules(lang).select(total) === 'one' ? 'one' : 'other';
  const totalText = t(`inbox.total.${plural}`, { count: total.toLocaleString(lang) });
  const previous = offset > 0 ? inboxHref({ ...filters, offset: Math.max(0, offset - limit) }) : null;
  const next = offset + limit < total ? inboxHref({ ...filters, offset: offset + limit }) : null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      {previous ? (
        <Link to={previous} className="button" rel="prev">
          {t('pager.previous')}
        </Link>
      ) : (
        <span className="button button-off" aria-disabled="true">
          {t('pager.previous')}
        </span>
      )}
      <span className="pager-status">{t('inbox.page', { page, pages, total: totalText })}</span>
      {next ? (
        <Link to={next} className="button" rel="next">
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
