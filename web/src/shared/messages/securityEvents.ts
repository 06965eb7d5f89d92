import type { SecurityEventQueryDto } from '../types';
import type { Message } from './message';

/** A kind of security event, as the server declares it (src/core/auth/security-event.ports.ts). */
export type SecurityEventKind = NonNullable<SecurityEventQueryDto['kind']>;

/**
 * Every security event kind of the server, in words, in the server's order. Typed against the
 * server's declaration: a kind the server gains and this lacks (or one it drops) fails to compile,
 * and so does a kind without its Spanish. The kinds the audit page offers are the keys of this.
 */
const KIND_WORDS = {
  'sign-in.succeeded': { en: 'Signed in', es: 'Inicio de sesión' },
  'sign-in.failed': { en: 'Sign-in failed', es: 'Inicio de sesión fallido' },
  'sign-in.second-factor-asked': {
    en: 'Password right, second factor asked',
    es: 'Contraseña correcta, se pidió el segundo factor',
  },
  'sign-in.refused': { en: 'Sign-in refused (locked)', es: 'Inicio de sesión rechazado (bloqueo)' },
  'account.locked': { en: 'Account locked', es: 'Cuenta bloqueada' },
  'address.locked': { en: 'Network address locked', es: 'Dirección de red bloqueada' },
  'account.unlocked': { en: 'Account unlocked', es: 'Cuenta desbloqueada' },
  'user.added': { en: 'User added', es: 'Usuario añadido' },
  'user.changed': { en: 'User changed', es: 'Usuario modificado' },
  'user.disabled': { en: 'User disabled', es: 'Usuario desactivado' },
  'user.enabled': { en: 'User enabled', es: 'Usuario activado' },
  'user.password-set': { en: 'Password set', es: 'Contraseña establecida' },
  'session.revoked': { en: 'Session ended', es: 'Sesión terminada' },
  'token.created': { en: 'API token created', es: 'Token de API creado' },
  'token.revoked': { en: 'API token revoked', es: 'Token de API revocado' },
  'second-factor.enrolment-started': {
    en: 'Second factor set-up started',
    es: 'Configuración del segundo factor iniciada',
  },
  'second-factor.enabled': { en: 'Second factor turned on', es: 'Segundo factor activado' },
  'second-factor.disabled': { en: 'Second factor turned off', es: 'Segundo factor desactivado' },
  'second-factor.reset': { en: 'Second factor reset', es: 'Segundo factor restablecido' },
} as const satisfies Record<SecurityEventKind, Message>;

/** The kinds, in the server's order (the keys of the words above). */
export const SECURITY_EVENT_KINDS = Object.keys(KIND_WORDS) as readonly SecurityEventKind[];

export const isSecurityEventKind = (value: string): value is SecurityEventKind => Object.hasOwn(KIND_WORDS, value);

/** The kinds' messages under `audit.kind.<kind>`, spread into the dictionary. */
export const SECURITY_EVENT_MESSAGES = Object.fromEntries(
  Object.entries(KIND_WORDS).map(([kind, words]) => [`audit.kind.${kind}`, words]),
) as { readonly [K in SecurityEventKind as `audit.kind.${K}`]: (typeof KIND_WORDS)[K] };
