import type { DetainerEventBody, DetainerViewDto } from '../../shared/types';
import type { MessageKey } from '../../shared/i18n';
import { FACT_LISTS, factList } from './factRows';
import { localToInstant } from './zonedTime';
import { BOOLEAN_SUBJECT_FACTS } from '../../shared/subjectFacts';

/**
 * The command forms' model, pure: what the officer typed (a draft of strings, as the inputs hold
 * them) becomes the body of POST /detainers/:id/events, or the fields to fix; and the lines the
 * confirmation shows. Field names are the API's (`at`, `replacement.at`, `facts.registrant`), so a
 * server error naming a field lands on the same input.
 */
export type CommandOffer = DetainerViewDto['commands'][number];
export type CommandType = CommandOffer['type'];
export type OfferOf<T extends CommandType> = Extract<CommandOffer, { type: T }>;
export type Draft = Readonly<Record<string, string>>;
export type FieldProblem = 'required' | 'invalid';
export type BuildResult =
  | { readonly ok: true; readonly body: DetainerEventBody }
  | { readonly ok: false; readonly problems: Readonly<Record<string, FieldProblem>> };

export const FACT_FLAGS = BOOLEAN_SUBJECT_FACTS;

/**
 * What a fresh form holds: the first choice of each list the offer gives; release eligibility,
 * which needs a time, starts at `nowLocal` (the agency's wall clock now).
 */
export function initialDraft(offer: CommandOffer, nowLocal = ''): Draft {
  switch (offer.type) {
    case 'release-eligible':
      return { at: nowLocal, reason: offer.reasons[0] ?? '' };
    case 'notice-served': {
      const duty = offer.duties.find((item) => !item.served);
      return {
        notice: duty?.notice ?? offer.notices[0] ?? '',
        language: offer.languages[0] ?? 'en',
        dutyId: duty?.dutyId ?? '',
      };
    }
    case 'decision-overridden': {
      const first = offer.actions[0];
      return { action: first?.action ?? '', decision: first?.effective === 'comply' ? 'decline' : 'comply' };
    }
    case 'corrected': {
      // The latest correctable event first: what was just recorded is what is most often mistyped.
      const last = offer.events.at(-1);
      return { corrects: last ? String(last.version) : '', field: last?.fields.find((f) => f !== 'facts') ?? '' };
    }
    default:
      return {};
  }
}

/** The draft after one input changed: choosing another event to correct also picks that event's first field. */
export function nextDraft(offer: CommandOffer, draft: Draft, name: string, value: string): Draft {
  if (offer.type !== 'corrected' || name !== 'corrects') return { ...draft, [name]: value };
  const target = offer.events.find((event) => String(event.version) === value);
  return { ...draft, corrects: value, field: target?.fields.find((f) => f !== 'facts') ?? '' };
}

/** The body to send, or the fields to fix. Instants are typed in the agency's zone. */
export function buildCommand(offer: CommandOffer, draft: Draft, version: number, timeZone: string): BuildResult {
  const problems: Record<string, FieldProblem> = {};
  const text = (field: string) => (draft[field] ?? '').trim();
  const required = (field: string) => {
    if (text(field) === '') problems[field] = 'required';
    return text(field);
  };
  const instant = (field: string, mustHave: boolean): string | undefined => {
    const value = text(field);
    if (value === '') {
      if (mustHave) problems[field] = 'required';
      return undefined;
    }
    const at = localToInstant(value, timeZone);
    if (at === null) problems[field] = 'invalid';
    return at ?? undefined;
  };
  const withAt = <T extends object>(fields: T, at: string | undefined) =>
    at === undefined ? fields : { ...fields, at };
  const base = { expectedVersion: version };
  let body: DetainerEventBody;
  switch (offer.type) {
    case 'facts-updated': {
      const facts: Record<string, unknown> = {};
      for (const flag of FACT_FLAGS) if (text(`facts.${flag}`) !== '') facts[flag] = text(`facts.${flag}`) === 'true';
      for (const list of FACT_LISTS) {
        const checked = factList(list, draft[`facts.${list}`]);
        Object.assign(problems, checked.problems);
        if (checked.value !== undefined) facts[list] = checked.value;
      }
      const arrest = text('facts.instantArrestDate');
      if (arrest !== '') {
        if (/^\d{4}-\d{2}-\d{2}$/.test(arrest)) facts.instantArrestDate = arrest;
        else problems['facts.instantArrestDate'] = 'invalid';
      }
      const expected = instant('facts.expectedReleaseAt', false);
      if (expected !== undefined) facts.expectedReleaseAt = expected;
      if (Object.keys(facts).length === 0) problems.facts = 'required';
      body = { ...base, type: 'facts-updated', facts } as DetainerEventBody;
      break;
    }
    case 'release-eligible':
      body = {
        ...base,
        type: 'release-eligible',
        at: instant('at', true) ?? '',
        reason: required('reason'),
      } as DetainerEventBody;
      break;
    case 'notice-served': {
      const dutyId = text('dutyId');
      body = {
        ...base,
        type: 'notice-served',
        notice: required('notice'),
        language: required('language'),
        ...(dutyId === '' ? {} : { dutyId }),
      } as DetainerEventBody;
      break;
    }
    case 'lifted':
      body = withAt({ ...base, type: 'lifted', reason: required('reason') }, instant('at', false)) as DetainerEventBody;
      break;
    case 'cancelled':
      body = { ...base, type: 'cancelled', reason: required('reason') };
      break;
    case 'decision-overridden':
      body = {
        ...base,
        type: 'decision-overridden',
        action: required('action'),
        decision: required('decision'),
        reason: required('reason'),
      } as DetainerEventBody;
      break;
    case 'corrected': {
      const field = required('field');
      const replacement: Record<string, unknown> = {};
      if (field === 'reason') replacement.reason = required('replacement.reason');
      else if (field === 'document') {
        // The scan's fingerprint, hashed in the browser (the input keeps it as JSON text).
        const picked = required('replacement.document');
        if (picked !== '') replacement.document = JSON.parse(picked) as unknown;
      } else if (field !== '') replacement[field] = instant(`replacement.${field}`, true) ?? '';
      body = {
        ...base,
        type: 'corrected',
        corrects: Number(required('corrects')),
        reason: required('reason'),
        replacement,
      } as DetainerEventBody;
      break;
    }
    default:
      // hold-started, federal-notified, transferred, released: only when (blank for now).
      body = withAt({ ...base, type: offer.type }, instant('at', false)) as DetainerEventBody;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, body };
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** What the confirmation shows: each field that will be recorded, in words. */
export function describeCommand(
  body: DetainerEventBody,
  t: Translate,
  formatTime: (iso: string) => string,
): Array<{ readonly label: string; readonly value: string }> {
  const lines: Array<{ label: string; value: string }> = [];
  const fields = body as unknown as Record<string, unknown>;
  const add = (label: string, value: string) => lines.push({ label, value });
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'type' || key === 'expectedVersion') continue;
    if (key === 'at') add(t('detainer.field.atRequired'), formatTime(String(value)));
    else if (key === 'reason' && body.type === 'release-eligible')
      add(t('detainer.field.releaseReason'), reasonText(value, t));
    else if (key === 'reason') add(t('detainer.field.reason'), String(value));
    else if (key === 'notice') add(t('detainer.field.notice'), t(`detainer.notice.${String(value)}` as MessageKey));
    else if (key === 'language') add(t('detainer.field.language'), t(`detainer.lang.${String(value)}` as MessageKey));
    else if (key === 'dutyId') add(t('detainer.field.duty'), String(value));
    else if (key === 'action') add(t('detainer.field.action'), String(value));
    else if (key === 'decision')
      add(t('detainer.field.decision'), t(`detainer.effective.${String(value)}` as MessageKey));
    else if (key === 'corrects') add(t('detainer.field.corrects'), String(value));
    else if (key === 'facts' || key === 'replacement') {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        add(factLabel(inner, t), factValue(inner, innerValue, t, formatTime));
      }
    }
  }
  if (lines.length === 0) add(t('detainer.field.atRequired'), formatTime(new Date().toISOString()));
  return lines;
}

const reasonText = (value: unknown, t: Translate) => t(`detainer.reason.${String(value)}` as MessageKey);

function factLabel(key: string, t: Translate): string {
  if ((FACT_FLAGS as readonly string[]).includes(key)) return t(`detainer.fact.${key}` as MessageKey);
  if (key === 'convictions' || key === 'pendingCharges') return t(`detainer.field.${key}`);
  if (key === 'expectedReleaseAt') return t('detainer.field.expectedReleaseAt');
  if (key === 'instantArrestDate') return t('detainer.fact.instantArrestDate');
  if (key === 'reason') return t('detainer.field.replacementReason');
  if (key === 'document') return t('detainer.field.replacementDocument');
  return t('detainer.field.replacementAt');
}

function factValue(key: string, value: unknown, t: Translate, formatTime: (iso: string) => string): string {
  if (key === 'document') return (value as { sha256: string }).sha256;
  if (typeof value === 'boolean') return t(value ? 'detainer.field.true' : 'detainer.field.false');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('detainer.field.none');
    // Each row as recorded: date, level, categories.
    return (value as Array<{ date?: string; level: string; categories?: string[] }>)
      .map((row) =>
        [row.date, t(`detainer.level.${row.level}` as MessageKey), ...(row.categories ?? [])]
          .filter(Boolean)
          .join(' · '),
      )
      .join('; ');
  }
  if (key === 'reason') return String(value);
  return formatTime(String(value));
}
