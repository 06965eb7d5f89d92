import { useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { useUrlFilters } from '../../shared/useUrlFilters';
import {
  FORMS,
  INBOX_SEARCH,
  inboxAt,
  isFiltered,
  parseInboxSearch,
  SORTS,
  STATUSES,
  type InboxFilters as Filters,
} from './inboxSearch';

type FieldError = 'facility' | 'from' | null;

/**
 * The inbox's filters and order. Submitting puts them in the address (first page, through the
 * shared URL filters), so back, forward and reload keep them; the form's values are checked by the
 * same parser the page reads the address with.
 */
export function InboxFilters({ filters }: { readonly filters: Filters }) {
  const { t } = useI18n();
  const { apply, hrefWith } = useUrlFilters(INBOX_SEARCH, inboxAt);
  const [error, setError] = useState<FieldError>(null);
  const [open, setOpen] = useState(() => initiallyOpen(filters));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const name of ['state', 'form', 'facility', 'from', 'to', 'sort'] as const) {
      const value = String(data.get(name) ?? '').trim();
      if (value !== '') search.set(name, value);
    }
    const parsed = parseInboxSearch(search);
    const bad: FieldError = parsed.ignored.includes('facility')
      ? 'facility'
      : parsed.ignored.includes('from')
        ? 'from'
        : null;
    setError(bad);
    if (bad) {
      document.getElementById(`inbox-${bad}`)?.focus();
      return;
    }
    apply({ ...parsed.filters, limit: filters.limit });
  };

  const describedBy = (name: 'facility' | 'from', hint?: string) =>
    [hint, error === name ? `inbox-${name}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <details className="inbox-filters-box" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary id="inbox-filters-title" className="inbox-filters-title">
        {t('inbox.filters.title')}
      </summary>
      <form className="inbox-filters" aria-labelledby="inbox-filters-title" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="inbox-sort">{t('inbox.filters.sort')}</label>
          <select id="inbox-sort" name="sort" defaultValue={filters.sort}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`inbox.filters.sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="inbox-state">{t('inbox.filters.status')}</label>
          <select id="inbox-state" name="state" defaultValue={filters.state ?? ''}>
            <option value="">{t('inbox.filters.any')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="inbox-form">{t('inbox.filters.form')}</label>
          <select id="inbox-form" name="form" defaultValue={filters.form ?? ''}>
            <option value="">{t('inbox.filters.any')}</option>
            {FORMS.map((form) => (
              <option key={form} value={form}>
                {form}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="inbox-from">{t('inbox.filters.from')}</label>
          <input
            id="inbox-from"
            name="from"
            type="date"
            defaultValue={filters.from ?? ''}
            aria-invalid={error === 'from' || undefined}
            aria-describedby={describedBy('from')}
          />
        </div>
        <div className="field">
          <label htmlFor="inbox-to">{t('inbox.filters.to')}</label>
          <input id="inbox-to" name="to" type="date" defaultValue={filters.to ?? ''} />
        </div>
        <div className="field field-wide">
          <label htmlFor="inbox-facility">{t('inbox.filters.facility')}</label>
          <input
            id="inbox-facility"
            name="facility"
            className="mono"
            defaultValue={filters.facility ?? ''}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error === 'facility' || undefined}
            aria-describedby={describedBy('facility', 'inbox-facility-hint')}
          />
          <span id="inbox-facility-hint" className="small muted">
            {t('inbox.filters.facilityHint')}
          </span>
        </div>
        {error && (
          <p id={`inbox-${error}-error`} className="field-error" role="alert">
            {t(error === 'facility' ? 'inbox.filters.badFacility' : 'inbox.filters.badRange')}
          </p>
        )}
        <div className="inbox-filters-buttons">
          <button type="submit" className="button button-primary">
            {t('inbox.filters.apply')}
          </button>
          <Link to={hrefWith({ sort: filters.sort, limit: filters.limit })}>{t('inbox.filters.clear')}</Link>
        </div>
      </form>
    </details>
  );
}

/** Open on a wide screen, or when the list is filtered or reordered; folded on a phone otherwise. */
function initiallyOpen(filters: Filters): boolean {
  if (isFiltered(filters) || filters.sort !== 'deadline') return true;
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches;
}
