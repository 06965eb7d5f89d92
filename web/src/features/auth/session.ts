import { createContext, useContext } from 'react';
import type { ApiError } from '../../shared/api';
import type { MeDto } from '../../shared/types';

export type Session =
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous' }
  | { readonly status: 'signed-in'; readonly me: MeDto }
  | { readonly status: 'error'; readonly error: ApiError };

export interface SessionControl {
  readonly session: Session;
  readonly signedIn: (me: MeDto) => void;
  /** Forget the session locally (after sign-out, or when the API answers 401). */
  readonly signedOut: () => void;
}

export const SessionContext = createContext<SessionControl>({
  session: { status: 'loading' },
  signedIn: () => undefined,
  signedOut: () => undefined,
});

export function useSession(): SessionControl {
  return useContext(SessionContext);
}

/** The role requires a second factor the user has not set up: only enrolment is open to them. */
export function mustEnrolSecondFactor(me: MeDto): boolean {
  return me.secondFactor.required && !me.secondFactor.enabled;
}
