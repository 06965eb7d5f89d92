import type { Lang } from './lang';

/**
 * One message in every language. Each key carries its English and its Spanish side by side, so a
 * message without its Spanish, or with a language the app does not have, fails to compile
 * (`tsc -p web/tsconfig.json`; see i18n.check.ts).
 */
export type Message = { readonly [L in Lang]: string };

/** A module of messages: key to its words in each language. */
export type Messages = Readonly<Record<string, Message>>;
