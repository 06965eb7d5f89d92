import { translate } from '../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/client';
import type { DetainerViewDto } from '../../shared/types';
import { buildCommand, describeCommand, initialDraft, type CommandOffer } from './commandModel';
import { diffViews } from './conflict';
import { remaining } from './countdown';
import { excludedDayLine } from './excludedDays';
import { mapFieldErrors } from './fieldErrors';
import { instantToLocal, localToInstant } from './zonedTime';

const CHICAGO = 'America/Chicago';

describe('zoned wall-clock times', () => {
  it('reads a local time in the agency zone, with the offset of that date (CST, then CDT)', () => {
    expect(localToInstant('2026-12-05T08:30', CHICAGO)).toBe('2026-12-05T08:30:00-06:00');
    expect(localToInstant('2026-07-05T08:30', CHICAGO)).toBe('2026-07-05T08:30:00-05:00');
    expect(localToInstant('2026-07-05T08:30', 'America/Los_Angeles')).toBe('2026-07-05T08:30:00-07:00');
    expect(localToInstant('not a time', CHICAGO)).toBeNull();
  });
  it('writes an instant as the zone’s wall clock', () => {
    expect(instantToLocal(new Date('2026-12-05T14:30:00Z'), CHICAGO)).toBe('2026-12-05T08:30');
  });
});

describe('countdown', () => {
  it('gives the two largest units left, and how long past', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(remaining(new Date('2026-12-06T16:30:00Z'), now)).toEqual({
      past: false,
      parts: [
        { unit: 'd', n: 1 },
        { unit: 'h', n: 4 },
      ],
    });
    expect(remaining(new Date('2026-12-05T11:59:18Z'), now)).toEqual({ past: true, parts: [{ unit: 's', n: 42 }] });
  });
  it('names each day a business-day hold skipped, in English and Spanish', () => {
    const thanksgiving = { date: '2026-11-26', reason: 'holiday', name: 'Thanksgiving Day' } as const;
    expect(excludedDayLine(thanksgiving, 'en', 'weekend')).toBe('Thu, Nov 26, 2026, Thanksgiving Day');
    expect(excludedDayLine(thanksgiving, 'es', 'fin de semana')).toMatch(
      /^jue.* 26 .*nov.* 2026, Día de Acción de Gracias$/,
    );
    expect(excludedDayLine({ date: '2026-11-28', reason: 'weekend' }, 'en', 'weekend')).toBe(
      'Sat, Nov 28, 2026, weekend',
    );
    // A name the table does not know is shown as the API gives it.
    expect(excludedDayLine({ date: '2026-11-27', reason: 'holiday', name: 'Local Day' }, 'es', 'x')).toMatch(
      /Local Day$/,
    );
  });
});

const release: CommandOffer = { type: 'release-eligible', reasons: ['bond-posted', 'other'] };

describe('command forms', () => {
  it('builds the body from what was typed, in the agency zone, on the version read', () => {
    const draft = { ...initialDraft(release), at: '2026-12-05T08:30' };
    expect(buildCommand(release, draft, 7, CHICAGO)).toEqual({
      ok: true,
      body: { type: 'release-eligible', expectedVersion: 7, at: '2026-12-05T08:30:00-06:00', reason: 'bond-posted' },
    });
  });
  it('names each missing field instead of sending', () => {
    expect(buildCommand(release, { reason: '' }, 7, CHICAGO)).toEqual({
      ok: false,
      problems: { at: 'required', reason: 'required' },
    });
    const override: CommandOffer = {
      type: 'decision-overridden',
      actions: [{ action: 'notify', effective: 'comply' }],
    };
    expect(initialDraft(override)).toEqual({ action: 'notify', decision: 'decline' });
    expect(buildCommand(override, { ...initialDraft(override), reason: '  ' }, 3, CHICAGO)).toEqual({
      ok: false,
      problems: { reason: 'required' },
    });
  });
  it('leaves an optional time out (the server takes now) and omits facts not known', () => {
    expect(buildCommand({ type: 'transferred' }, {}, 2, CHICAGO)).toEqual({
      ok: true,
      body: { type: 'transferred', expectedVersion: 2 },
    });
    const facts: CommandOffer = { type: 'facts-updated' };
    expect(buildCommand(facts, { 'facts.convictions': 'none', 'facts.registrant': 'false' }, 2, CHICAGO)).toEqual({
      ok: true,
      body: { type: 'facts-updated', expectedVersion: 2, facts: { registrant: false, convictions: [] } },
    });
    expect(buildCommand(facts, {}, 2, CHICAGO)).toEqual({ ok: false, problems: { facts: 'required' } });
  });
  it('picks the open duty’s notice first, and says in Spanish what will be recorded', () => {
    const notice: CommandOffer = {
      type: 'notice-served',
      notices: ['ca-truth-copy-and-intent', 'release-notification'],
      languages: ['en', 'es'],
      duties: [
        { dutyId: 'ca-truth-release-notice', notice: 'release-notification', languages: ['en', 'es'], served: false },
      ],
    };
    const draft = { ...initialDraft(notice), language: 'es' };
    expect(draft).toMatchObject({ notice: 'release-notification', dutyId: 'ca-truth-release-notice' });
    const built = buildCommand(notice, draft, 4, CHICAGO);
    if (!built.ok) throw new Error('expected a body');
    const lines = describeCommand(
      built.body,
      (key, vars) => translate('es', key, vars),
      (iso) => iso,
    );
    expect(lines).toEqual([
      { label: 'Aviso', value: 'Aviso de liberación' },
      { label: 'Idioma del aviso', value: 'español' },
      { label: 'Obligación que cumple', value: 'ca-truth-release-notice' },
    ]);
  });
});

type ViewPart = Pick<DetainerViewDto, 'version' | 'status' | 'events'>;
const event = (version: number, type: DetainerViewDto['events'][number]['type']) => ({
  version,
  type,
  payload: {},
  recordedAt: `2026-12-05T14:0${version}:00Z`,
  actor: 'u-2',
});

describe('a version conflict', () => {
  it('shows the events recorded since the version read (not the system’s evaluations) and the new status', () => {
    const before: ViewPart = {
      version: 3,
      status: 'pending',
      events: [event(1, 'received'), event(2, 'evaluated'), event(3, 'facts-updated')],
    };
    const now: ViewPart = {
      version: 6,
      status: 'holding',
      events: [...before.events, event(4, 'release-eligible'), event(5, 'evaluated'), event(6, 'hold-started')],
    };
    const diff = diffViews(before, now);
    expect(diff.events.map((e) => [e.version, e.type])).toEqual([
      [4, 'release-eligible'],
      [6, 'hold-started'],
    ]);
    expect(diff.statusNow).toBe('holding');
    expect(diffViews(now, now)).toEqual({ events: [], statusBefore: 'holding', statusNow: null });
  });
});

describe('server field errors', () => {
  const invalid = (details: Record<string, unknown>) => new ApiError(400, 'REQUEST.INVALID_FIELD', 'bad', details);
  it('puts each problem on the field it names, in the reader’s language by the problem’s kind', () => {
    const error = invalid({
      field: 'at',
      problem: 'is in the future',
      kind: 'future',
      problems: [
        { field: 'at', problem: 'is in the future', kind: 'future' },
        { field: 'reason', problem: 'must say why, in words', kind: 'reason' },
        { field: 'facts.convictions.0.date', problem: 'must be a date', kind: 'aKindOfALaterServer' },
      ],
    });
    expect(mapFieldErrors(error, ['at', 'reason', 'facts.convictions'], 'es')).toEqual({
      fields: {
        at: 'está en el futuro',
        reason: 'debe explicar el motivo con palabras',
        'facts.convictions': 'must be a date',
      },
      other: [],
    });
  });
  it('keeps a problem of a field the form lacks apart, in the server’s words in English', () => {
    expect(
      mapFieldErrors(invalid({ field: 'dutyId', problem: 'names no duty of the decision in force' }), ['at'], 'en'),
    ).toEqual({
      fields: {},
      other: ['dutyId: names no duty of the decision in force'],
    });
    expect(mapFieldErrors(invalid({}), ['at'], 'en')).toEqual({ fields: {}, other: [] });
  });
});
