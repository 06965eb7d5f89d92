import type { ReactNode, Ref } from 'react';

/** What every step receives from the container: an id prefix, the error box, whether a request is running. */
export interface StepProps {
  readonly id: string;
  readonly busy: boolean;
  /** The error of the last attempt (role="alert"), placed by the step at the top of its form. */
  readonly errorBox: ReactNode;
  /** Where the focus goes when the step appears: its heading or its first field. */
  readonly focusRef: Ref<HTMLElement & HTMLInputElement & HTMLHeadingElement>;
}

export const CODE_PATTERN = '[0-9]{6}';
