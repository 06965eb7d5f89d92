import { useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import type { Href } from '../../shared/routes';
import { isUuid } from '../../shared/urlFilters';
import type { ReadFilters as Filters } from './auditSearch';

interface ReadFiltersProps {
  readonly filters: Filters;
  /** Readers to choose from: id and email. */
  readonly users: readonly { readonly id: string; readonly email: string }[];
  /** Puts the filters in the address (first page). */
  readonly onApply: (filters: Filters) => void;
  /** The address without these filters. */
  readonly clearHref: Href;
}

/** The reads log's filters; applying them puts them in the URL (first page). */
export function ReadFiltersForm({ filters, users, onApply, clearHref }: ReadFiltersProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(filters);
  const [detainerError, setDetainerError] = useState(false);
  const set = (name: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft((before) => ({ ...before, [name]: event.target.value.trim() }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.detainer !== '' && !isUuid(draft.detainer)) {
      setDetainerError(true);
      document.getElementById('reads-detainer')?.focus();
      return;
    }
    setDetainerError(false);
    onApply({ ...draft, detainer: draft.detainer.toLowerCase() });
  };

  return (
    <form className="filters" onSubmit={submit} aria-labelledby="reads-filters-heading">
      <h3 id="reads-filters-heading" className="visually-hidden">
        {t('audit.reads.filters')}
      </h3>
      <div className="field">
        <label htmlFor="reads-user">{t('audit.reads.user')}</label>
        <select id="reads-user" name="user" value={draft.user} onChange={set('user')}>
          <option value="">{t('audit.reads.anyUser')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.email}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reads-detainer">{t('audit.reads.detainer')}</label>
        <input
          id="reads-detainer"
          name="detainer"
          value={draft.detainer}
          onChange={set('detainer')}
          aria-invalid={detainerError || undefined}
          aria-describedby="reads-detainer-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <p id="reads-detainer-hint" className={detainerError ? 'field-error' : 'small muted'}>
          {detainerError ? t('audit.reads.detainerInvalid') : t('audit.reads.detainerHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="reads-from">{t('audit.reads.from')}</label>
        <input id="reads-from" name="from" type="date" value={draft.from} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor="reads-to">{t('audit.reads.to')}</label>
        <input id="reads-to" name="to" type="date" value={draft.to} onChange={set('to')} />
      </div>
      <div className="filter-actions">
        <button type="submit" className="button button-primary">
          {t('audit.reads.apply')}
        </button>
        <Link className="button" to={clearHref}>
          {t('audit.reads.clear')}
        </Link>
      </div>
    </form>
  );
}
