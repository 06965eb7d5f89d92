import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import type { CountyDto } from '../../shared/types';
import { href } from '../../shared/routes';

/** A state's counties: name (linking to the county page), FIPS code, time zone. */
export function CountyTable({
  stateCode,
  counties,
}: {
  readonly stateCode: string;
  readonly counties: readonly CountyDto[];
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-labelledby="counties-caption" tabIndex={0}>
      <table>
        <caption id="counties-caption" className="visually-hidden">
          {t('place.counties')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('place.col.county')}</th>
            <th scope="col">{t('place.col.fips')}</th>
            <th scope="col">{t('place.col.timeZone')}</th>
          </tr>
        </thead>
        <tbody>
          {counties.map((county) => (
            <tr key={county.fips}>
              <th scope="row">
                <Link to={href('county', { code: stateCode, fips: county.fips })}>{county.name}</Link>
              </th>
              <td className="mono">{county.fips}</td>
              <td>{county.timeZone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
