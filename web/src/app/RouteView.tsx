import { Suspense, useEffect } from 'react';
import { guardRoute } from '../shared/guard';
import { navigate } from '../shared/router';
import { matchRoute, ROUTES, type ParamsOf, type RouteName } from '../shared/routes';
import { useSession } from '../shared/session';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { ForbiddenPage } from '../shared/ui/ForbiddenPage';
import { Loading } from '../shared/ui/Loading';
import { NotFoundPage } from '../shared/ui/NotFoundPage';
import { PAGES } from './routes';

/**
 * The page of the current address, behind its route's guard: signed out on a desk route → the
 * sign-in page (with ?next= to come back); the wrong role → 403; no route → 404.
 */
export function RouteView({ pathname, search }: { readonly pathname: string; readonly search: string }) {
  const { session } = useSession();
  const match = matchRoute(pathname);
  const outcome = match ? guardRoute(ROUTES[match.name].access, session, `${pathname}${search}`) : null;
  const redirect = outcome?.kind === 'sign-in' ? outcome.to : null;

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  if (!match || !outcome) return <NotFoundPage />;
  switch (outcome.kind) {
    case 'wait':
    case 'sign-in':
      return <Loading />;
    case 'error':
      return session.status === 'error' ? <ErrorMessage error={session.error} /> : <Loading />;
    case 'forbidden':
      return <ForbiddenPage role={outcome.role} allowed={outcome.allowed} />;
    case 'show':
      return renderPage(match.name, match.params);
  }
}

function renderPage<N extends RouteName>(name: N, params: Readonly<Record<string, string>>) {
  const page = PAGES[name] as (params: ParamsOf<N>) => React.ReactNode;
  // Pages are loaded with their route (routes.tsx): the loading state shows meanwhile.
  return <Suspense fallback={<Loading />}>{page(params as ParamsOf<N>)}</Suspense>;
}
