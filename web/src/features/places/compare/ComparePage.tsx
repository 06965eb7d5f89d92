import { useI18n } from '../../../shared/i18n';
import { Link } from '../../../shared/Link';
import { useLocation } from '../../../shared/router';
import { href } from '../../../shared/routes';
import { Breadcrumb } from '../../../shared/ui/Breadcrumb';
import { Loading } from '../../../shared/ui/Loading';
import { usePageTitle } from '../../../shared/usePageTitle';
import { CompareColumns } from './CompareColumns';
import { readCompare, swapped } from './compareParams';
import { CompareView } from './CompareView';
import { LawTimelines } from './LawTimelines';
import { PlaceChooser } from './PlaceChooser';
import { SideNotice } from './SideNotice';
import { AXIS_FIRST_DAY } from './timelineLayout';
import { usePlaceInfo } from './usePlaceInfo';
import './compare.css';

/** Today's date (UTC), the axis's last day, as the law map's. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * /compare?a=06001&b=48201[&at=&profile=&release=]: two places (states or counties) side by side:
 * a chooser for each and a swap, the rules of both on one time axis, what the law says of the
 * person chosen on the date chosen, and ICE's numbers for both from one release on one scale.
 */
export function ComparePage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const params = readCompare(search);
  const a = usePlaceInfo(params.a);
  const b = usePlaceInfo(params.b);
  const both = a.kind === 'found' && b.kind === 'found' ? ([a.place, b.place] as const) : null;
  usePageTitle(both ? t('compare.titleOf', { a: both[0].name, b: both[1].name }) : t('compare.title'));
  const atApi = params.at.kind === 'date' ? params.at.at : null;
  const last = today();
  const at = atApi === null ? last : atApi < AXIS_FIRST_DAY ? AXIS_FIRST_DAY : atApi > last ? last : atApi;
  const labels = { a: t('compare.side.a'), b: t('compare.side.b') };
  const stateOf = (lookup: typeof a) => (lookup.kind === 'found' ? lookup.place.state : null);
  const codeOf = (lookup: typeof a) => (lookup.kind === 'found' ? lookup.place.code : null);

  return (
    <article className="page-wide compare-page">
      <Breadcrumb crumbs={[{ label: t('nav.home'), to: href('home') }, { label: t('compare.title') }]} />
      <h1>{both ? t('compare.titleOf', { a: both[0].name, b: both[1].name }) : t('compare.title')}</h1>
      <p>{t('compare.intro')}</p>
      <div className="compare-choosers">
        <PlaceChooser key={`a-${stateOf(a)}`} side="a" label={labels.a} initialState={stateOf(a)} current={codeOf(a)} />
        <p className="compare-swap">
          <Link to={href('compare', {}, swapped(search))} className="button">
            <span aria-hidden="true" className="swap-icon">
              ⇄
            </span>
            {t('compare.swap')}
          </Link>
        </p>
        <PlaceChooser key={`b-${stateOf(b)}`} side="b" label={labels.b} initialState={stateOf(b)} current={codeOf(b)} />
      </div>
      <CompareView key={atApi ?? ''} at={atApi ?? ''} profile={params.profile} />
      <SideNotice label={labels.a} side={params.a} lookup={a} />
      <SideNotice label={labels.b} side={params.b} lookup={b} />
      {params.at.kind === 'invalid' && (
        <p className="message message-note">{t('compare.badDate', { raw: params.at.raw })}</p>
      )}
      {params.badProfile !== null && (
        <p className="message message-note">{t('compare.badProfile', { raw: params.badProfile })}</p>
      )}
      {(a.kind === 'pending' || b.kind === 'pending') && <Loading />}
      {both && (
        <>
          <LawTimelines
            a={both[0]}
            b={both[1]}
            axis={{ from: AXIS_FIRST_DAY, to: last }}
            at={at}
            profile={params.profile}
          />
          <CompareColumns a={both[0]} b={both[1]} at={atApi} profile={params.profile} />
        </>
      )}
    </article>
  );
}
