/** The steps of signing in, and what moves between them (the container SignInForm holds the state). */
export type Step =
  | { readonly kind: 'credentials' }
  /** The password was right; the account has a second factor: its code, or a recovery code. */
  | { readonly kind: 'second-factor'; readonly recovery: boolean }
  /** A signed-in user who must enrol (e.g. after a reload): the password again, to start. */
  | { readonly kind: 'enrol-password' }
  | { readonly kind: 'enrol'; readonly secret: string; readonly uri: string }
  | { readonly kind: 'recovery-codes'; readonly codes: readonly string[] };

/** The second step of sign-in for an account with a second factor: one of the two. */
export type SecondFactorProof = { readonly code: string } | { readonly recoveryCode: string };

/** A key that changes when a new step (or a new variant of one) appears: the focus moves then. */
export const stepKey = (step: Step): string =>
  step.kind === 'second-factor' ? `second-factor-${step.recovery}` : step.kind;
