import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../shared/i18n';
import { navigate, useLocation } from '../../../shared/router';
import { href } from '../../../shared/routes';
import { COMPARE_PROFILES, searchOf, type CompareProfile } from './compareParams';

/** The date and the person both places are shown for: kept in the address (?at=, ?profile=). */
export function CompareView({ at, profile }: { readonly at: string; readonly profile: CompareProfile }) {
  const { t } = useI18n();
  const id = useId();
  const { search } = useLocation();
  const [date, setDate] = useState(at);
  const go = (changes: Record<string, string | null>) =>
    navigate(href('compare', {}, { ...searchOf(search), ...changes }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go({ at: date });
  };

  return (
    <form className="compare-view" onSubmit={onSubmit} aria-label={t('compare.view')}>
      <p>
        <label htmlFor={`${id}-date`}>{t('compare.date')}</label>{' '}
        <input id={`${id}-date`} type="date" min="2008-01-01" value={date} onChange={(e) => setDate(e.target.value)} />{' '}
        <button type="submit" className="button">
          {t('compare.show')}
        </button>{' '}
        <button
          type="button"
          className="button"
          onClick={() => {
            setDate('');
            go({ at: null });
          }}
        >
          {t('compare.today')}
        </button>
      </p>
      <p>
        <label htmlFor={`${id}-profile`}>{t('map.profile')}</label>{' '}
        <select id={`${id}-profile`} value={profile} onChange={(e) => go({ profile: e.target.value })}>
          {COMPARE_PROFILES.map((p) => (
            <option key={p} value={p}>
              {t(`map.profile.${p}`)}
            </option>
          ))}
        </select>
      </p>
    </form>
  );
}
