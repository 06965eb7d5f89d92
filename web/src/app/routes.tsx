import type { ReactNode } from 'react';
import { AdminPage } from '../features/admin/AdminPage';
import { AuditPage } from '../features/audit/AuditPage';
import { SignInPage } from '../features/auth/SignInPage';
import { DetainerPage } from '../features/detainer/DetainerPage';
import { DeskPage } from '../features/detainers/DeskPage';
import { ImportPage } from '../features/intake/ImportPage';
import { IntakePage } from '../features/intake/IntakePage';
import { CountyPage } from '../features/places/CountyPage';
import { StatePage } from '../features/places/StatePage';
import { PlaceRules } from '../features/policies/PlaceRules';
import { RulePage } from '../features/policies/RulePage';
import type { ParamsOf, RouteName } from '../shared/routes';
import { HomePage } from './HomePage';

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
};
