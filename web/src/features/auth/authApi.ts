import { apiGet, apiPost } from '../../shared/api';
import type { MeDto } from '../../shared/types';

/** Never a 401: `account` is null when nobody is signed in. */
export const fetchSession = (signal?: AbortSignal) => apiGet<{ account: MeDto | null }>('/auth/session', signal);

/** Sets the httpOnly session cookie on success. */
export const signIn = (email: string, password: string) => apiPost<MeDto>('/auth/sign-in', { email, password });

export const signOut = () => apiPost<void>('/auth/sign-out');
