import { useCallback, useId, type ChangeEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { navigate } from '../../shared/router';
import { href } from '../../shared/routes';
import type { CountyDto } from '../../shared/types';
import { Paging } from '../../shared/ui/Paging';
import type { SearchText } from '../../shared/urlFilters';
import { useUrlFilters } from '../../shared/useUrlFilters';
import { CountyTable } from './CountyTable';
import { COUNTIES_PER_PAGE, COUNTY_SEARCH, searchCounties } from './countySearch';

/**
 * A state's counties with a search box: by name or FIPS code, accents and capitals ignored. The
 * search and the page are kept in the address (?county=, ?countiesFrom=; the page's ?at= kept),
 * replaced as the reader types (the back button leaves the page, not one letter); the count of
 * matches is announced politely; a long result is paged.
 */
export function CountySearch({
  stateCode,
  counties,
}: {
  readonly stateCode: string;
  readonly counties: readonly CountyDto[];
}) {
  const { t, plural, lang } = useI18n();
  const id = useId();
  const at = useCallback((search: SearchText) => href('state', { code: stateCode }, search), [stateCode]);
  const { filters, offset, hrefWith, pageHref } = useUrlFilters(COUNTY_SEARCH, at);
  const query = filters.county ?? '';
  const matches = searchCounties(counties, query);
  const start = offset < matches.length ? offset : 0;
  const total = counties.length.toLocaleString(lang === 'es' ? 'es-US' : 'en-US');

  const onChange = (event: ChangeEvent<HTMLInputElement>) =>
    navigate(hrefWith({ county: event.target.value }), { replace: true });

  const status =
    query.trim() === ''
      ? plural('place.countyCount', counties.length)
      : matches.length === 0
        ? t('countySearch.none', { query, total })
        : plural('countySearch.matches', matches.length, { query, total });

  return (
    <>
      <div role="search" className="county-search">
        <label htmlFor={id}>{t('countySearch.label')}</label>
        <input
          id={id}
          type="search"
          value={query}
          onChange={onChange}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="small muted">
          {t('countySearch.hint')}
        </p>
      </div>
      <p role="status" data-testid="county-count">
        {status}
      </p>
      {matches.length > 0 && (
        <CountyTable stateCode={stateCode} counties={matches.slice(start, start + COUNTIES_PER_PAGE)} />
      )}
      <Paging
        label={t('place.counties')}
        total={matches.length}
        limit={COUNTIES_PER_PAGE}
        offset={start}
        hrefAt={pageHref}
      />
    </>
  );
}
