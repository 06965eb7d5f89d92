import { createContext, useContext } from 'react';
import { ALARM_MESSAGES } from './messages/alarms';
import { API_ERROR_MESSAGES } from './messages/apiErrors';
import { APP_MESSAGES } from './messages/app';
import { DETAINER_MESSAGES } from './messages/detainer';
import { DOCUMENT_MESSAGES } from './messages/document';
import { EVENT_MESSAGES } from './messages/event';
import { FIX_MESSAGES } from './messages/fixes';
import { INTAKE_MESSAGES } from './messages/intake';
import type { Lang } from './messages/lang';
// map-page (issue 12)
import { MAP_MESSAGES } from './messages/map';
import type { Messages } from './messages/message';
import { PROBLEM_MESSAGES } from './messages/problems';
import { SECURITY_EVENT_MESSAGES } from './messages/securityEvents';
// place slice (issue 12)
import { PLACE_PAGE_MESSAGES } from './messages/places';
// explorer slice (issue 12)
import { EXPLORER_MESSAGES } from './messages/explorer';

/**
 * The one way the UI says things: every string it shows lives in a message module under
 * shared/messages/ (one an area: app, detainer, intake, security events, …), each message its
 * English and Spanish side by side (messages/message.ts), so one without its Spanish fails to
 * compile. This file puts them together and is the only entry point: `t(key, vars)` from useI18n()
 * (or `translate(lang, key, vars)` outside React), and `plural(base, count, vars)` for counted words
 * (`base.one` / `base.other`, chosen by Intl.PluralRules). Data from the API (names, codes) is shown as is.
 */
export { LANGUAGES, type Lang } from './messages/lang';
export type { Message } from './messages/message';

/** Each language is named in itself, so a reader can find their own. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' };

/** Locales for Intl formatting (dates, numbers). */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', es: 'es-US' };

const dictionary = {
  ...APP_MESSAGES,
  ...INTAKE_MESSAGES,
  ...DETAINER_MESSAGES,
  ...SECURITY_EVENT_MESSAGES,
  ...PROBLEM_MESSAGES,
  ...API_ERROR_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...ALARM_MESSAGES,
  ...EVENT_MESSAGES,
  // slice "fixes" (issue 12's "Also found")
  ...FIX_MESSAGES,
  // place slice (issue 12)
  ...PLACE_PAGE_MESSAGES,
  // map-page (issue 12)
  ...MAP_MESSAGES,
  // explorer slice (issue 12)
  ...EXPLORER_MESSAGES,
} as const satisfies Messages;

export type MessageKey = keyof typeof dictionary;
export type MessageVars = Readonly<Record<string, string | number>>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionary, key);
}

/** The message in the language, with {name} placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, vars: MessageVars = {}): string {
  return dictionary[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A counted message: `base.one` and `base.other` both exist. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}.other` ? (`${B}.one` extends MessageKey ? B : never) : never;
}[MessageKey];

/**
 * A counted message in the language: `base.one` or `base.other` as Intl.PluralRules chooses for the
 * count, with {count} the count written in the language (1,234 / 1234) unless vars give it.
 */
export function translatePlural(lang: Lang, base: PluralBase, count: number, vars: MessageVars = {}): string {
  const form = new Intl.PluralRules(LOCALES[lang]).select(count) === 'one' ? 'one' : 'other';
  return translate(lang, `${base}.${form}`, { count: count.toLocaleString(LOCALES[lang]), ...vars });
}

export interface I18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: (key: MessageKey, vars?: MessageVars) => string;
  readonly plural: (base: PluralBase, count: number, vars?: MessageVars) => string;
}

/** The translator of a language (the provider makes one for the chosen language). */
export const translatorOf = (lang: Lang): Pick<I18n, 't' | 'plural'> => ({
  t: (key, vars) => translate(lang, key, vars),
  plural: (base, count, vars) => translatePlural(lang, base, count, vars),
});

export const I18nContext = createContext<I18n>({
  lang: 'en',
  setLang: () => undefined,
  ...translatorOf('en'),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export const LANG_STORAGE_KEY = 'detainer-desk.lang';

/** The reader's earlier choice, else the browser's preference, else English. */
export function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    if (stored === 'en' || stored === 'es') return stored;
  } catch {
    // Storage may be unavailable (privacy settings); fall through.
  }
  const preferred = window.navigator.languages?.[0] ?? window.navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('es') ? 'es' : 'en';
}
