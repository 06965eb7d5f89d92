import type { Action } from '../policy/policy.types.js';
import type { CustodyFacts, NoticeKind, NoticeLanguage, ReleaseReason } from './detainer-event.js';

/** What a user asks to record, through `POST /detainers/:id/events` or the CLI. */
export type DetainerCommand =
  | { readonly type: 'facts-updated'; readonly facts: CustodyFacts }
  | { readonly type: 'release-eligible'; readonly at: string; readonly reason: ReleaseReason }
  | { readonly type: 'hold-started'; readonly at?: string }
  | {
      readonly type: 'notice-served';
      readonly notice: NoticeKind;
      readonly language: NoticeLanguage;
      readonly dutyId?: string;
    }
  | { readonly type: 'federal-notified'; readonly at?: string }
  | { readonly type: 'transferred'; readonly at?: string }
  | { readonly type: 'released'; readonly at?: string }
  | { readonly type: 'lifted'; readonly at?: string; readonly reason: string }
  | { readonly type: 'cancelled'; readonly reason: string }
  | {
      readonly type: 'decision-overridden';
      readonly action: Action;
      readonly decision: 'comply' | 'decline';
      readonly reason: string;
    }
  | {
      readonly type: 'corrected';
      readonly corrects: number;
      readonly reason: string;
      readonly replacement: Readonly<Record<string, unknown>>;
    };

export type DetainerCommandType = DetainerCommand['type'];

export const COMMAND_TYPES: readonly DetainerCommandType[] = [
  'facts-updated',
  'release-eligible',
  'hold-started',
  'notice-served',
  'federal-notified',
  'transferred',
  'released',
  'lifted',
  'cancelled',
  'decision-overridden',
  'corrected',
];
