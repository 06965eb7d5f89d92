import { describe, expect, it } from 'vitest';
import { LANGUAGES, translate, translatePlural, type MessageKey } from './i18n';
import { API_ERROR_MESSAGES } from './messages/apiErrors';
import { APP_MESSAGES } from './messages/app';
import { DETAINER_MESSAGES } from './messages/detainer';
import { INTAKE_MESSAGES } from './messages/intake';
import type { Messages } from './messages/message';
import { PROBLEM_MESSAGES } from './messages/problems';
import { SECURITY_EVENT_MESSAGES } from './messages/securityEvents';

const MODULES: Readonly<Record<string, Messages>> = {
  app: APP_MESSAGES,
  detainer: DETAINER_MESSAGES,
  intake: INTAKE_MESSAGES,
  securityEvents: SECURITY_EVENT_MESSAGES,
  problems: PROBLEM_MESSAGES,
  apiErrors: API_ERROR_MESSAGES,
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message modules', () => {
  it('say every message in every language, with the same placeholders', () => {
    for (const messages of Object.values(MODULES)) {
      for (const [key, message] of Object.entries(messages)) {
        for (const lang of LANGUAGES) {
          expect(typeof message[lang], `${key} (${lang})`).toBe('string');
          expect(message[lang].trim(), `${key} (${lang})`).not.toBe('');
        }
        expect(placeholders(message.es), key).toEqual(placeholders(message.en));
      }
    }
  });

  it('do not share a key (a later module would silently replace an earlier one’s message)', () => {
    const seen = new Map<string, string>();
    for (const [name, messages] of Object.entries(MODULES)) {
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('counted messages have both forms', () => {
    const keys = Object.values(MODULES).flatMap((messages) => Object.keys(messages));
    for (const key of keys.filter((k) => k.endsWith('.one'))) expect(keys).toContain(key.replace(/\.one$/, '.other'));
  });
});

describe('translate and translatePlural', () => {
  it('fill placeholders, and leave an unknown one as written', () => {
    expect(translate('es', 'pager.status' as MessageKey, { page: 2, pages: 3 })).toBe('Página 2 de 3');
    expect(translate('en', 'pager.status' as MessageKey, { page: 2 })).toBe('Page 2 of {pages}');
  });

  it('choose the form by Intl.PluralRules and write the count in the language', () => {
    expect(translatePlural('en', 'inbox.total', 1)).toBe('1 request');
    expect(translatePlural('en', 'inbox.total', 1234)).toBe('1,234 requests');
    expect(translatePlural('es', 'inbox.total', 0)).toBe('0 solicitudes');
    expect(translatePlural('es', 'inbox.total', 1)).toBe('1 solicitud');
  });
});
