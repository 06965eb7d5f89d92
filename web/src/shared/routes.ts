import type { Role } from './types';

/**
 * The route table's addresses: every screen's name, path pattern and who may open it. The pages
 * are attached in app/routes.tsx (so features never import the app); links and navigation build
 * their addresses only with `href(name, params)`, never by hand.
 */

/** Names of the parameters in a pattern: "/places/:code/:fips" → "code" | "fips". */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
export type RouteParams<P extends string> = { readonly [K in ParamNames<P>]: string };

/** Who may open a route: anyone, or a signed-in user with one of the roles. */
export type Access = 'public' | readonly Role[];

const STAFF: readonly Role[] = ['admin', 'records-officer', 'supervisor', 'auditor', 'federal-liaison'];
/** Roles that may log requests (permission detainer:create). */
const SUBMITTERS: readonly Role[] = ['admin', 'records-officer', 'supervisor', 'federal-liaison'];

export const ROUTES = {
  home: { path: '/', access: 'public' },
  signIn: { path: '/sign-in', access: 'public' },
  state: { path: '/places/:code', access: 'public' },
  county: { path: '/places/:code/:fips', access: 'public' },
  rule: { path: '/policies/:id', access: 'public' },
  desk: { path: '/desk', access: STAFF },
  detainer: { path: '/desk/detainers/:id', access: STAFF },
  intake: { path: '/desk/new', access: SUBMITTERS },
  import: { path: '/desk/import', access: SUBMITTERS },
  audit: { path: '/desk/audit', access: ['admin', 'auditor'] },
  admin: { path: '/desk/admin', access: ['admin'] },
  // map-page (issue 12): the law on a county map.
  map: { path: '/map', access: 'public' },
  // compare (issue 12, point 5): two places side by side.
  compare: { path: '/compare', access: 'public' },
  // slice "measures" (issue 12): how every figure of the portal is counted, and its sources.
  aboutData: { path: '/about/data', access: 'public' },
  // explorer (issue 12): the data explorer.
  data: { path: '/data', access: 'public' },
} as const satisfies Record<string, { readonly path: string; readonly access: Access }>;

export type RouteName = keyof typeof ROUTES;
export type PathOf<N extends RouteName> = (typeof ROUTES)[N]['path'];
export type ParamsOf<N extends RouteName> = RouteParams<PathOf<N>>;

/** An address inside the app, made only by href(): Link and navigate take nothing else. */
export type Href = string & { readonly __brand: 'Href' };

type SearchValue = string | number | null | undefined;
type HrefArgs<N extends RouteName> =
  ParamNames<PathOf<N>> extends never
    ? [params?: Record<string, never>, search?: Readonly<Record<string, SearchValue>>]
    : [params: ParamsOf<N>, search?: Readonly<Record<string, SearchValue>>];

/** The address of a route: href('county', { code: 'CA', fips: '06001' }, { at: '2016-01-01' }). */
export function href<N extends RouteName>(name: N, ...[params, search]: HrefArgs<N>): Href {
  const values = (params ?? {}) as Readonly<Record<string, string>>;
  const path = ROUTES[name].path.replace(/:(\w+)/g, (_whole, key: string) => encodeURIComponent(values[key] ?? ''));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search ?? {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return (text === '' ? path : `${path}?${text}`) as Href;
}

/** Matches "/places/:code/:fips"-style patterns; returns the decoded parameters or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i]!;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}

export interface RouteMatch {
  readonly name: RouteName;
  readonly params: Readonly<Record<string, string>>;
}

/** The route a path shows (fixed segments win over parameters), or null for none (404). */
export function matchRoute(pathname: string): RouteMatch | null {
  const names = Object.keys(ROUTES) as RouteName[];
  const ordered = [...names].sort((a, b) => literalScore(ROUTES[b].path) - literalScore(ROUTES[a].path));
  for (const name of ordered) {
    const params = matchPath(ROUTES[name].path, pathname === '' ? '/' : pathname);
    if (params) return { name, params };
  }
  return null;
}

const literalScore = (pattern: string) => pattern.split('/').filter((part) => part && !part.startsWith(':')).length;
