import { useQueryClient } from '@tanstack/react-query';
import { toApiError, type ApiError } from './api';
import { useSessionQuery } from './api/hooks';
import { queryKeys } from './api/keys';
import type { MeDto, SessionStateDto } from './types';

/** Who is signed in, as the API says (the cookie is httpOnly, so only the API knows). */
export type Session =
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous' }
  | { readonly status: 'signed-in'; readonly me: MeDto }
  | { readonly status: 'error'; readonly error: ApiError };

export interface SessionControl {
  readonly session: Session;
  /** After a successful sign-in: the account the API answered. */
  readonly signedIn: (me: MeDto) => void;
  /** Forget the session locally (after sign-out): every cached answer of the account goes too. */
  readonly signedOut: () => void;
}

/** The session, kept in the query cache under queryKeys.session (a 401 anywhere sets it to anonymous). */
export function useSession(): SessionControl {
  const client = useQueryClient();
  const query = useSessionQuery();
  const session: Session =
    query.data !== undefined
      ? query.data.account
        ? { status: 'signed-in', me: query.data.account }
        : { status: 'anonymous' }
      : query.error
        ? { status: 'error', error: toApiError(query.error) }
        : { status: 'loading' };
  return {
    session,
    signedIn: (me: MeDto) => {
      const data: SessionStateDto = { account: me };
      client.setQueryData(queryKeys.session, data);
    },
    signedOut: () => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.session[0] });
      const data: SessionStateDto = { account: null };
      client.setQueryData(queryKeys.session, data);
    },
  };
}

/** The role requires a second factor the user has not set up: only enrolment is open to them. */
export function mustEnrolSecondFactor(me: MeDto): boolean {
  return me.secondFactor.required && !me.secondFactor.enabled;
}
