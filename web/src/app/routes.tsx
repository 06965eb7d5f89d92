import { lazy, type ComponentType, type ReactNode } from 'react';
import { SignInPage } from '../features/auth/SignInPage';
import { loadMessageArea, type MessageArea } from '../shared/i18n';
import type { ParamsOf, RouteName } from '../shared/routes';
import { HomePage } from './HomePage';

/**
 * Each screen is its own chunk, loaded when its route is first shown (RouteView wraps pages in
 * Suspense with the accessible loading state): the first load carries the shell, the home page and
 * sign-in only, and the words of its area (shared/i18n.ts) with it. The bundle budget (`npm run bench bundle`) holds each route to it.
 */
function lazyPage<P extends object>(area: MessageArea, load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [page] = await Promise.all([load(), loadMessageArea(area)]);
    return { default: page };
  });
}
const AdminPage = lazyPage('desk', () => import('../features/admin/AdminPage').then((m) => m.AdminPage));
const AuditPage = lazyPage('desk', () => import('../features/audit/AuditPage').then((m) => m.AuditPage));
const DetainerPage = lazyPage('desk', () => import('../features/detainer/DetainerPage').then((m) => m.DetainerPage));
const DeskPage = lazyPage('desk', () => import('../features/detainers/DeskPage').then((m) => m.DeskPage));
const ImportPage = lazyPage('desk', () => import('../features/intake/ImportPage').then((m) => m.ImportPage));
const IntakePage = lazyPage('desk', () => import('../features/intake/IntakePage').then((m) => m.IntakePage));
const CountyPage = lazyPage('public', () => import('../features/places/CountyPage').then((m) => m.CountyPage));
const StatePage = lazyPage('public', () => import('../features/places/StatePage').then((m) => m.StatePage));
const PlaceRules = lazyPage('public', () => import('../features/policies/PlaceRules').then((m) => m.PlaceRules));
const RulePage = lazyPage('public', () => import('../features/policies/RulePage').then((m) => m.RulePage));
// map-page (issue 12)
const MapPage = lazyPage('public', () => import('../features/map/MapPage').then((m) => m.MapPage));
// compare (issue 12, point 5)
const ComparePage = lazyPage('public', () =>
  import('../features/places/compare/ComparePage').then((m) => m.ComparePage),
);
// slice "measures" (issue 12)
const AboutDataPage = lazyPage('public', () => import('../features/about/AboutDataPage').then((m) => m.AboutDataPage));
// explorer (issue 12)
const DataPage = lazyPage('public', () => import('../features/data/DataPage').then((m) => m.DataPage));

/**
 * The route table's pages: one per route of shared/routes.ts (its name, path and roles). A route
 * without a page fails to compile. Pages get their parameters typed from the path pattern. The
 * app composes features here (a feature never imports another one): the place pages get the
 * law library's rules as a slot.
 */
export const PAGES: { readonly [N in RouteName]: (params: ParamsOf<N>) => ReactNode } = {
  home: () => <HomePage />,
  signIn: () => <SignInPage />,
  state: ({ code }) => (
    <StatePage key={code.toUpperCase()} code={code} rules={(state) => <PlaceRules state={state} />} />
  ),
  county: ({ code, fips }) => (
    <CountyPage
      key={`${code.toUpperCase()}/${fips}`}
      code={code}
      fips={fips}
      rules={(state, county) => <PlaceRules state={state} countyFips={county} />}
    />
  ),
  rule: ({ id }) => <RulePage key={id} id={id} />,
  desk: () => <DeskPage />,
  detainer: ({ id }) => <DetainerPage key={id} id={id} />,
  intake: () => <IntakePage />,
  import: () => <ImportPage />,
  audit: () => <AuditPage />,
  admin: () => <AdminPage />,
  // map-page (issue 12)
  map: () => <MapPage />,
  // compare (issue 12, point 5)
  compare: () => <ComparePage />,
  // slice "measures" (issue 12)
  aboutData: () => <AboutDataPage />,
  // explorer (issue 12)
  data: () => <DataPage />,
};
