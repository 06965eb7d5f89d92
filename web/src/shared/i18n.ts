import { createContext, useContext } from 'react';
import { API_ERROR_MESSAGES } from './messages/apiErrors';
import { APP_MESSAGES } from './messages/app';
import { PROBLEM_MESSAGES } from './messages/problems';
import type { DESK_AREA_MESSAGES } from './messages/deskArea';
import type { Lang } from './messages/lang';
import type { Message, Messages } from './messages/message';
import type { PUBLIC_AREA_MESSAGES } from './messages/publicArea';

/**
 * The one way the UI says things: every string it shows lives in a message module under
 * shared/messages/ (one an area: app, detainer, intake, security events, …), each message its
 * English and Spanish side by side (messages/message.ts), so one without its Spanish fails to
 * compile. This file puts them together and is the only entry point: `t(key, vars)` from useI18n()
 * (or `translate(lang, key, vars)` outside React), and `plural(base, count, vars)` for counted words
 * (`base.one` / `base.other`, chosen by Intl.PluralRules). Data from the API (names, codes) is shown as is.
 *
 * The first page carries only the shell's words (app.ts, apiErrors.ts, problems.ts: an error may
 * name a field's problem on any page). The rest come in areas,
 * each its own chunk, loaded with the first page that needs it (app/routes.tsx names each page's
 * area): the desk's words never weigh on a portal reader's first load, nor the other way round.
 * messageAreas.test.ts reads the code and fails when a page, or the shell, uses a word its area
 * does not carry.
 */
export { LANGUAGES, type Lang } from './messages/lang';
export type { Message } from './messages/message';

/** Each language is named in itself, so a reader can find their own. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' };

/** Locales for Intl formatting (dates, numbers). */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', es: 'es-US' };

/** The shell's words: in the first load. */
const SHELL_MESSAGES = { ...APP_MESSAGES, ...API_ERROR_MESSAGES, ...PROBLEM_MESSAGES } as const satisfies Messages;

/** The areas of words loaded with the pages that need them. */
export const MESSAGE_AREAS = {
  desk: () => import('./messages/deskArea').then((m) => m.DESK_AREA_MESSAGES),
  public: () => import('./messages/publicArea').then((m) => m.PUBLIC_AREA_MESSAGES),
} as const;
export type MessageArea = keyof typeof MESSAGE_AREAS;

type Dictionary = typeof SHELL_MESSAGES & typeof DESK_AREA_MESSAGES & typeof PUBLIC_AREA_MESSAGES;
export type MessageKey = keyof Dictionary;
export type MessageVars = Readonly<Record<string, string | number>>;

/** The words loaded so far: the shell's, then each area's as it arrives. */
const loaded: Record<string, Message> = { ...SHELL_MESSAGES };
const loadedAreas = new Set<MessageArea>();

/** Loads an area's words (once); a page waits for its area before it first renders. */
export async function loadMessageArea(area: MessageArea): Promise<void> {
  if (loadedAreas.has(area)) return;
  Object.assign(loaded, await MESSAGE_AREAS[area]());
  loadedAreas.add(area);
}

/** Every area (tests render any screen). */
export async function loadAllMessageAreas(): Promise<void> {
  await Promise.all(Object.keys(MESSAGE_AREAS).map((area) => loadMessageArea(area as MessageArea)));
}

/** Whether a text is a message key whose words are loaded (for keys made from data). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(loaded, key);
}

/** The message in the language, with {name} placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, vars: MessageVars = {}): string {
  // Not loaded: a page or the shell uses a word outside its area (messageAreas.test.ts prevents it).
  const message = loaded[key];
  if (message === undefined) return key;
  return message[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
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
