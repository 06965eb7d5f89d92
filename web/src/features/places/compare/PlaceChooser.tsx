import { useId, useState, type FormEvent } from 'react';
import { usePlaceState, useStates } from '../../../shared/api/hooks';
import { useI18n } from '../../../shared/i18n';
import { Link } from '../../../shared/Link';
import { navigate, useLocation } from '../../../shared/router';
import { href } from '../../../shared/routes';
import { searchCounties } from '../countySearch';
import { withSide } from './compareParams';

/** Counties listed under the search at most (the search narrows; Texas has 254). */
const SHOWN = 8;

/**
 * Chooses one side's place: a state from the list, then all of it or one of its counties found by
 * name (accents and case ignored) or FIPS code. Each choice is a link to the compare address with
 * that side changed (the other side, the date, the person and the release kept); Enter in the
 * search chooses the first county listed. `initialState` is the side's current state, if any.
 */
export function PlaceChooser({
  side,
  label,
  initialState,
  current,
}: {
  readonly side: 'a' | 'b';
  readonly label: string;
  readonly initialState: string | null;
  /** The code the side shows now (to mark it in the list). */
  readonly current: string | null;
}) {
  const { t, plural } = useI18n();
  const id = useId();
  const { search } = useLocation();
  const [state, setState] = useState(initialState ?? '');
  const [query, setQuery] = useState('');
  const states = useStates();
  const counties = usePlaceState(state === '' ? null : state);
  const stateName = states.data?.states.find((s) => s.code === state)?.name ?? state;
  const matches = query.trim() === '' ? [] : searchCounties(counties.data?.counties ?? [], query);
  const at = (code: string) => href('compare', {}, withSide(search, side, code));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const first = matches[0];
    if (first) navigate(at(first.fips));
    else if (state !== '' && query.trim() === '') navigate(at(state));
  };

  return (
    <form className="place-chooser" role="search" aria-labelledby={`${id}-legend`} onSubmit={onSubmit}>
      <h2 id={`${id}-legend`} className="chooser-label">
        {label}
      </h2>
      <label htmlFor={`${id}-state`}>{t('compare.choose.state')}</label>
      <select id={`${id}-state`} value={state} onChange={(e) => setState(e.target.value)}>
        <option value="">{t('compare.choose.pickState')}</option>
        {(states.data?.states ?? []).map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </select>
      {state !== '' && (
        <>
          <p className="small">
            <Link to={at(state)} aria-current={current === state ? 'true' : undefined}>
              {t('compare.choose.wholeState', { state: stateName })}
            </Link>
          </p>
          <label htmlFor={`${id}-county`}>{t('compare.choose.county')}</label>
          <input
            id={`${id}-county`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint ${id}-status`}
          />
          <p id={`${id}-hint`} className="small muted">
            {t('compare.choose.hint')}
          </p>
          <p id={`${id}-status`} role="status" className="small">
            {query.trim() === ''
              ? ''
              : matches.length === 0
                ? t('compare.choose.none', { query: query.trim() })
                : `${plural('compare.choose.matches', matches.length)}${
                    matches.length > SHOWN ? ` ${t('compare.choose.more', { shown: SHOWN })}` : ''
                  }`}
          </p>
          {matches.length > 0 && (
            <ul className="chooser-results" aria-label={t('compare.choose.results', { state: stateName, side: label })}>
              {matches.slice(0, SHOWN).map((c) => (
                <li key={c.fips}>
                  <Link to={at(c.fips)} aria-current={current === c.fips ? 'true' : undefined}>
                    {c.name}
                  </Link>{' '}
                  <span className="small muted mono">{c.fips}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </form>
  );
}
