/**
 * Compile-time checks of the dictionary's typing (tsc -p web/tsconfig.json fails if one stops
 * holding). Not imported by the app.
 */
import type { Message, MessageKey } from './i18n';
import type { SecurityEventKind } from './messages/securityEvents';

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
