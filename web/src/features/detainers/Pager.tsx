import { useI18n } from '../../shared/i18n';

interface PagerProps {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly onChange: (offset: number) => void;
}

/** Previous / next, shown only when there is more than one page. */
export function Pager({ total, limit, offset, onChange }: PagerProps) {
  const { t } = useI18n();
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button
        type="button"
        className="button"
        disabled={offset <= 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('pager.previous')}
      </button>
      <span>{t('pager.status', { page: Math.min(page, pages), pages })}</span>
      <button
        type="button"
        className="button"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
