import { SignInPage } from '../features/auth/SignInPage';
import { DeskPage } from '../features/detainers/DeskPage';
import { CountyPage } from '../features/places/CountyPage';
import { StatePage } from '../features/places/StatePage';
import { RulePage } from '../features/policies/RulePage';
import { matchPath } from '../shared/router';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';

/** Which page a path shows. Keys make a page start fresh when it shows another place. */
export function Routes({ pathname }: { readonly pathname: string }) {
  if (pathname === '/' || pathname === '') return <HomePage />;
  if (matchPath('/sign-in', pathname)) return <SignInPage />;
  if (matchPath('/desk', pathname)) return <DeskPage />;

  const rule = matchPath('/policies/:id', pathname);
  if (rule) return <RulePage key={rule.id} id={rule.id!} />;

  const county = matchPath('/places/:code/:fips', pathname);
  if (county)
    return <CountyPage key={`${county.code!.toUpperCase()}/${county.fips}`} code={county.code!} fips={county.fips!} />;
  const state = matchPath('/places/:code', pathname);
  if (state) return <StatePage key={state.code!.toUpperCase()} code={state.code!} />;

  return <NotFoundPage />;
}
