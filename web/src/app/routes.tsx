import { lazy, type ComponentType, type ReactNode } from 'react';
import { SignInPage } from '../features/auth/SignInPage';
import type { ParamsOf, RouteName } from '../shared/routes';
import { HomePage } from './HomePage';

/**
 * Each screen is its own chunk, loaded when its route is first shown (RouteView wraps pages in
 * Suspense with the accessible loading state): the first load carries the shell, the home page and
 * sign-in only. The bundle budget (`npm run bench bundle`) holds each route to it.
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
const AdminPage = lazyPage(() => import('../features/admin/AdminPage').then((m) => m.AdminPage));
const AuditPage = lazyPage(() => import('../features/audit/AuditPage').then((m) => m.AuditPage));
const DetainerPage = lazyPage(() => import('../features/detainer/DetainerPage').then((m) => m.DetainerPage));
const DeskPage = lazyPage(() => import('../features/detainers/DeskPage').then((m) => m.DeskPage));
const ImportPage = lazyPage(() => import('../features/intake/ImportPage').then((m) => m.ImportPage));
const IntakePage = lazyPage(() => import('../features/intake/IntakePage').then((m) => m.IntakePage));
const CountyPage = lazyPage(() => import('../features/places/CountyPage').then((m) => m.CountyPage));
const StatePage = lazyPage(() => import('../features/places/StatePage').then((m) => m.StatePage));
const PlaceRules = lazyPage(() => import('../features/policies/PlaceRules').then((m) => m.PlaceRules));
const RulePage = lazyPage(() => import('../features/policies/RulePage').then((m) => m.RulePage));
// map-page (issue 12)
const MapPage = lazyPage(() => import('../features/map/MapPage').then((m) => m.MapPage));
// explorer (issue 12)
const DataPage = lazyPage(() => import('../features/data/DataPage').then((m) => m.DataPage));

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
  // explorer (issue 12)
  data: () => <DataPage />,
};
