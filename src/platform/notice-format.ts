/**
 * Words and dates of the notices, shared by the PDF (`./pdf-notice-renderer.ts`) and the preview
 * (`./notice-preview.ts`), so both print a notice alike.
 */
import type { NoticeContent } from '../core/lifecycle/lifecycle.ports.js';
import type { CommonText } from './notice-templates/index.js';

/**
 * Whether a notice carries the demo banner and watermark: its agency is a labelled demo
 * (`Agency.synthetic`, kept with the notice). A notice kept before the flag was has only its
 * agency's name to tell (`isSyntheticAgency`), as when it was served.
 */
export function isSyntheticNotice(content: Pick<NoticeContent, 'synthetic' | 'agencyName'>): boolean {
  return content.synthetic ?? isSyntheticAgency(content.agencyName);
}

/**
 * The name guess used when notices did not keep the agency's flag: "Demo …" or "… (synthetic)".
 * Only for notices kept before the flag was (see `isSyntheticNotice`).
 */
export function isSyntheticAgency(agencyName: string): boolean {
  return /\(synthetic\)/i.test(agencyName) || /^\s*demo\b/i.test(agencyName);
}

/** Replaces `{name}` placeholders; an unknown placeholder is left as it is. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * An instant for people, in the notice's time zone: "June 1, 2018, 5:00 PM PDT" or
 * "1 de junio de 2018, 17:00 PDT". A plain date ("2018-06-01") is printed as a date; text that is
 * not a date is printed as given.
 */
export function formatForPeople(iso: string | null, common: CommonText, timeZone: string): string {
  if (!iso) return common.unknown;
  const zone = validZone(timeZone);
  const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plainDate) {
    const [, y, m, d] = plainDate;
    const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
    return dateFormat(common.locale, 'UTC').format(at);
  }
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const at = new Date(ms);
  const english = common.locale.startsWith('en');
  const time = new Intl.DateTimeFormat(common.locale, {
    timeZone: zone,
    hour: english ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: english ? 'h12' : 'h23',
  }).format(at);
  return normalizeSpaces(`${dateFormat(common.locale, zone).format(at)}, ${time} ${zoneName(at, zone)}`);
}

function dateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'long', day: 'numeric' });
}

/** The zone's short name as US readers know it (PDT, CST); "GMT-3" where there is none. */
function zoneName(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

export function normalizeSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2009]/g, ' ');
}
