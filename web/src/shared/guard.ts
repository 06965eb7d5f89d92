import type { Session } from './session';
import { href, type Access, type Href } from './routes';
import type { Role } from './types';

/** What a route guard decides for the current reader. Pure: tested in guard.test.ts. */
export type GuardOutcome =
  | { readonly kind: 'show' }
  | { readonly kind: 'wait' }
  /** Signed out (or a second factor to set up first): the sign-in page, then back to `next`. */
  | { readonly kind: 'sign-in'; readonly to: Href }
  /** Signed in with a role the route does not admit: the 403 page names the roles that may. */
  | { readonly kind: 'forbidden'; readonly role: Role; readonly allowed: readonly Role[] }
  | { readonly kind: 'error' };

export function guardRoute(access: Access, session: Session, currentPath: string): GuardOutcome {
  if (access === 'public') return { kind: 'show' };
  switch (session.status) {
    case 'loading':
      return { kind: 'wait' };
    case 'error':
      return { kind: 'error' };
    case 'anonymous':
      return { kind: 'sign-in', to: href('signIn', {}, { next: safeNext(currentPath) }) };
    case 'signed-in': {
      const { me } = session;
      if (me.secondFactor.required && !me.secondFactor.enabled) {
        return { kind: 'sign-in', to: href('signIn', {}, { next: safeNext(currentPath) }) };
      }
      if (!access.includes(me.user.role)) return { kind: 'forbidden', role: me.user.role, allowed: access };
      return { kind: 'show' };
    }
  }
}

/**
 * Where to go after sign-in: `next` when it is a path of this site ("/desk?state=holding"), else
 * null. Refuses other origins ("https://evil.example", "//evil.example", "/\\evil.example"),
 * schemes ("javascript:"), and the sign-in page itself.
 */
export function safeNext(next: string | null | undefined): Href | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if ([...next].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return null;
  let url: URL;
  try {
    url = new URL(next, 'http://same.origin');
  } catch {
    return null;
  }
  if (url.origin !== 'http://same.origin') return null;
  if (url.pathname === '/sign-in') return null;
  return `${url.pathname}${url.search}${url.hash}` as Href;
}
