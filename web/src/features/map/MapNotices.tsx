import { useI18n } from '../../shared/i18n';
import { formatLocalDate } from '../../shared/time';
import type { MapData } from './mapData';
import { FIRST_DAY } from './mapState';
import type { MapStateHandle } from './useMapState';

/**
 * What the map shows, said plainly: the date, action and profile; the request form of that day
 * and the date the law library is current to (with a caveat past it); and what in the address
 * could not be used (a date that is no date, or outside 2008 to today) and what is shown instead.
 */
export function MapNotices({ view, data }: { readonly view: MapStateHandle; readonly data: MapData | undefined }) {
  const { t, lang } = useI18n();
  const { state, today, ignored, askedAt } = view;
  const others = ignored.filter((name) => name !== 'at');
  const date = (d: string) => formatLocalDate(d, lang);
  return (
    <>
      {askedAt !== null && (
        <p className="message message-warning">
          {t('map.badDate', { asked: askedAt, from: date(FIRST_DAY), today: date(today) })}
        </p>
      )}
      {others.length > 0 && (
        <p className="message message-warning">{t('map.badParams', { names: others.join(', ') })}</p>
      )}
      <div className="map-showing" role="status">
        <p>
          <strong>
            {t('map.showing', {
              date: date(state.at),
              action: t(`map.action.${state.action}`),
              profile: t(`map.showingProfile.${state.profile}`),
            })}
          </strong>
        </p>
        {data && (
          <p className="small">
            {t('map.form', { form: data.form })} {t('map.currentTo', { date: date(data.currentTo) })}
          </p>
        )}
      </div>
      {data && state.at > data.currentTo && (
        <p className="message message-warning">{t('map.afterCurrent', { date: date(data.currentTo) })}</p>
      )}
    </>
  );
}
