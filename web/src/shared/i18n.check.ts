/**
 * Compile-time checks of the dictionary's typing (tsc -p web/tsconfig.json fails if one stops
 * holding). Not imported by the app.
 */
import type { Message, MessageKey } from './i18n';
import type { SecurityEventKind } from './messages/securityEvents';
import type { ERROR_CODES } from '../../../src/server/errors/error-codes';

// @ts-expect-error A message without its Spanish does not compile.
export const missingSpanish = { en: 'Hello' } satisfies Message;

// @ts-expect-error Nor one with a language the app does not have.
export const extraLanguage = { en: 'Hello', es: 'Hola', fr: 'Bonjour' } satisfies Message;

// @ts-expect-error Nor a Spanish text that is not a string.
export const notText = { en: 'Hello', es: 42 } satisfies Message;

// @ts-expect-error A key the dictionary does not have is not a MessageKey (t('...') would not compile).
export const unknownKey: MessageKey = 'desk.noSuchMessage';

export const knownKey: MessageKey = 'desk.emptySubmitted';

// @ts-expect-error Security event words lacking one of the server's kinds do not compile (messages/securityEvents.ts).
export const kindMissing = { 'sign-in.succeeded': { en: 'Signed in', es: 'Inicio de sesión' } } satisfies Record<
  SecurityEventKind,
  Message
>;

/** Every error code of the API's closed list has its words (messages/apiErrors.ts or app.ts): else this fails. */
type Worded = { [K in MessageKey]: K extends `apiError.${infer C}` ? C : never }[MessageKey];
type Unworded = Exclude<(typeof ERROR_CODES)[number], Worded>;
export const everyErrorCodeWorded: [Unworded] extends [never] ? true : Unworded = true;
