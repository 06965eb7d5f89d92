import { describe, expect, it } from 'vitest';
import { SECURITY_EVENT_KINDS as SERVER_KINDS } from '../../src/core/auth/security-event.ports.js';
import { translate } from '../../web/src/shared/i18n.js';
import { isSecurityEventKind, SECURITY_EVENT_KINDS } from '../../web/src/shared/messages/securityEvents.js';

describe('security event kinds on the audit page', () => {
  it('are the server’s kinds, in its order', () => {
    expect(SECURITY_EVENT_KINDS).toEqual(SERVER_KINDS);
  });

  it('each has its words in English and Spanish, and nothing else is a kind', () => {
    for (const kind of SERVER_KINDS) {
      for (const lang of ['en', 'es'] as const) {
        const words = translate(lang, `audit.kind.${kind}`);
        expect(words).not.toBe('');
        expect(words).not.toContain(kind);
      }
    }
    expect(isSecurityEventKind('sign-in.succeeded')).toBe(true);
    expect(isSecurityEventKind('toString')).toBe(false);
    expect(isSecurityEventKind('')).toBe(false);
  });
});
