import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { toApiError } from '../../shared/api';
import type { MeDto } from '../../shared/types';
import { fetchSession } from './authApi';
import { SessionContext, type Session, type SessionControl } from './session';

/** Asks the API once who is signed in (the cookie is httpOnly, so only the API knows). */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal).then(
      ({ account }) => setSession(account ? { status: 'signed-in', me: account } : { status: 'anonymous' }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSession({ status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, []);

  const value = useMemo<SessionControl>(
    () => ({
      session,
      signedIn: (me: MeDto) => setSession({ status: 'signed-in', me }),
      signedOut: () => setSession({ status: 'anonymous' }),
    }),
    [session],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
