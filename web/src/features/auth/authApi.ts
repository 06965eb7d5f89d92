import { apiGet, apiPost } from '../../shared/api';
import type { EnrolmentDto, MeDto, RecoveryCodesDto } from '../../shared/types';

/** Never a 401: `account` is null when nobody is signed in. */
export const fetchSession = (signal?: AbortSignal) => apiGet<{ account: MeDto | null }>('/auth/session', signal);

/** The second step of sign-in for an account with a second factor: one of the two. */
export type SecondFactorProof = { readonly code: string } | { readonly recoveryCode: string };

/**
 * Sets the httpOnly session cookie on success. With a second factor and no proof, the API answers
 * 401 AUTH.SECOND_FACTOR_REQUIRED (only after a correct password).
 */
export const signIn = (email: string, password: string, proof?: SecondFactorProof) =>
  apiPost<MeDto>('/auth/sign-in', { email, password, ...proof });

export const fetchMe = () => apiGet<MeDto>('/auth/me');

export const signOut = () => apiPost<void>('/auth/sign-out');

/** Starts enrolment: the secret and otpauth:// URI, shown once. Needs the current password. */
export const enrolSecondFactor = (password: string) => apiPost<EnrolmentDto>('/auth/second-factor/enrol', { password });

/** Activates the factor with a current code; answers the recovery codes, shown once. */
export const confirmSecondFactor = (code: string) => apiPost<RecoveryCodesDto>('/auth/second-factor/confirm', { code });
