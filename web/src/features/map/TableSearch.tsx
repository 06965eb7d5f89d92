import type { FormEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { navigate } from '../../shared/router';
import type { Href } from '../../shared/routes';
import { MODALITIES, type Modality } from './mapState';

interface TableSearchProps {
  readonly q: string;
  readonly modality: Modality | undefined;
  /** The address of the table searched (first page). */
  readonly searchHref: (change: { q: string; modality: Modality | undefined }) => Href;
}

/** The table's search (words in county, state, FIPS, rule or citation) and class; submitting puts them in the address. */
export function TableSearch({ q, modality, searchHref }: TableSearchProps) {
  const { t } = useI18n();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = String(data.get('q') ?? '')
      .trim()
      .slice(0, 100);
    const chosen = String(data.get('class') ?? '');
    navigate(
      searchHref({
        q: text,
        modality: (MODALITIES as readonly string[]).includes(chosen) ? (chosen as Modality) : undefined,
      }),
    );
  };
  // The key makes the fields take the address's values again after back or forward.
  return (
    <form
      key={`${q}|${modality ?? ''}`}
      className="filters map-search"
      role="search"
      aria-label={t('map.searchTable')}
      onSubmit={submit}
    >
      <div className="field">
        <label htmlFor="map-q">{t('map.search')}</label>
        <input
          id="map-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          autoComplete="off"
          aria-describedby="map-q-hint"
        />
        <span id="map-q-hint" className="small muted">
          {t('map.searchHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor="map-class">{t('map.filterClass')}</label>
        <select id="map-class" name="class" defaultValue={modality ?? ''}>
          <option value="">{t('map.anyClass')}</option>
          {MODALITIES.map((value) => (
            <option key={value} value={value}>
              {t(`map.class.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="button button-primary">
          {t('map.apply')}
        </button>
        {(q !== '' || modality !== undefined) && (
          <Link className="button" to={searchHref({ q: '', modality: undefined })}>
            {t('map.clear')}
          </Link>
        )}
      </div>
    </form>
  );
}
