import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, translate, translatePlural, type MessageKey } from './i18n';
import type { Messages } from './messages/message';

/** Every module of words (the areas only gather them, and lang.ts/message.ts hold types). */
const MODULE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'messages');
const MODULES: Readonly<Record<string, Messages>> = Object.fromEntries(
  await Promise.all(
    readdirSync(MODULE_DIR)
      .filter((file) => file.endsWith('.ts') && !/^(lang|message|deskArea|publicArea)\.ts$/.test(file))
      .map(async (file) => {
        const exported = Object.entries((await import(join(MODULE_DIR, file))) as Record<string, unknown>);
        const words = exported.filter(([name]) => name.endsWith('_MESSAGES'));
        expect(words, file).toHaveLength(1);
        return [file, words[0]![1] as Messages] as const;
      }),
  ),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message modules', () => {
  it('are all read here', () => expect(Object.keys(MODULES).length).toBeGreaterThanOrEqual(15));

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
