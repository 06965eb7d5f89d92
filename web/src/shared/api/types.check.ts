/**
 * Compile-time checks (tsc -p web/tsconfig.json) that every body, query and answer type the API
 * functions use is a real shape: a schema whose Static<> collapses to `never` (as a union built
 * from Object.values does) would let any call compile. Not imported by the app.
 */
import type * as T from '../types';

type IsNever<X> = [X] extends [never] ? true : false;
type NoneIsNever<M extends Record<string, boolean>> = M[keyof M] extends false ? true : false;
type Assert<X extends true> = X;

export type AllTypesAreShapes = Assert<
  NoneIsNever<{
    accountChange: IsNever<T.AccountChangeBodyDto>;
    command: IsNever<T.DetainerCommandBodyDto>;
    conflicts: IsNever<T.IdentityConflictListDto>;
    conflictQuery: IsNever<T.IdentityConflictQueryDto>;
    evaluate: IsNever<T.EvaluateBodyDto>;
    evaluateAnswer: IsNever<T.EvaluateAnswerDto>;
    inboxQuery: IsNever<T.DetainerListQueryDto>;
    newAccount: IsNever<T.NewAccountBodyDto>;
    newDetainer: IsNever<T.NewDetainerBody>;
    newToken: IsNever<T.NewTokenBodyDto>;
    resolution: IsNever<T.IdentityResolutionBodyDto>;
    securityQuery: IsNever<T.SecurityEventQueryDto>;
    signIn: IsNever<T.SignInBodyDto>;
    tokenQuery: IsNever<T.TokenListQueryDto>;
    view: IsNever<T.DetainerViewDto>;
  }>
>;

// A command is discriminated by its type: a field of another command does not compile.
export const released: T.DetainerCommandBodyDto = { type: 'released', expectedVersion: 3 };
// @ts-expect-error `released` takes no reason.
export const releasedWithReason: T.DetainerCommandBodyDto = { type: 'released', expectedVersion: 3, reason: 'x' };
