import { type Lang, LOCALES } from '../../shared/i18n';

/** A scanned document's size as people read it: "812 byte", "44.3 kB" (Intl units, in the reader's language). */
export function documentSize(bytes: number, lang: Lang): string {
  const small = bytes < 1024;
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'unit',
    unit: small ? 'byte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(small ? bytes : bytes / 1024);
}

/** The first characters of a SHA-256, enough to tell two scans apart at a glance. */
export const shortHash = (sha256: string) => `${sha256.slice(0, 12)}…`;
