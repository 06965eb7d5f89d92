import { describe, expect, it } from 'vitest';
import { eventFields } from './eventFields';

const ZONE = 'America/Chicago';
const asText = (fields: ReturnType<typeof eventFields>) => fields.map((f) => `${f.label}: ${f.value}`);

describe('eventFields', () => {
  it('names a release in Spanish: the time in the agency zone and the coded reason in words', () => {
    const fields = eventFields(
      { type: 'release-eligible', at: '2026-03-02T15:30:00Z', reason: 'bond-posted' },
      'es',
      ZONE,
    );
    expect(fields.map((f) => f.label)).toEqual(['Cuándo', 'Motivo']);
    expect(fields[0]!.value).toMatch(/2026/);
    expect(fields[0]!.value).toMatch(/9:30/); // 15:30 UTC is 9:30 in Chicago (CST)
    expect(fields[1]!.value).toBe('fianza pagada');
  });

  it('lists facts one by one, with yes/no and counted lists, in both languages', () => {
    const payload = {
      type: 'facts-updated',
      facts: { proofOfLawfulStatus: false, convictions: [{}, {}], pendingCharges: [] },
    };
    expect(asText(eventFields(payload, 'en', ZONE))).toEqual([
      'Proof of lawful status: No',
      'Convictions: 2 convictions',
      'Pending charges: None on record',
    ]);
    expect(asText(eventFields(payload, 'es', ZONE))).toEqual([
      'Prueba de estatus legal: No',
      'Condenas: 2 condenas',
      'Cargos pendientes: Ninguno registrado',
    ]);
  });

  it('names a notice and its language, and hides the ids the page shows elsewhere', () => {
    const fields = eventFields(
      {
        type: 'notice-served',
        noticeId: 'n-1',
        notice: 'release-notification',
        language: 'es',
        dutyId: null,
        servedAt: '2026-03-02T15:30:00Z',
      },
      'en',
      ZONE,
    );
    expect(fields.map((f) => f.key)).toEqual(['notice', 'language', 'servedAt']);
    expect(fields[0]!.value).toBe('Release notification');
    expect(fields[1]!.value).toBe('Spanish');
  });

  it('shows free text an officer typed as typed, and an unknown code as recorded', () => {
    expect(asText(eventFields({ type: 'lifted', reason: 'ICE lifted it by phone' }, 'es', ZONE))).toEqual([
      'Motivo: ICE lifted it by phone',
    ]);
    expect(asText(eventFields({ type: 'x', novel: 'value' }, 'es', ZONE))).toEqual(['novel: value']);
  });

  it('names the identity fields an identity resolution chose, in the reader language', () => {
    const fields = eventFields(
      {
        type: 'identity-resolved',
        choice: 'use-submitted',
        fields: ['fullName', 'aNumber'],
        reason: 'r',
        reference: null,
      },
      'es',
      ZONE,
    );
    expect(fields.find((f) => f.key === 'fields')!.value).toBe('nombre completo, número A');
    expect(fields.find((f) => f.key === 'choice')!.value).toBe('Usar los datos enviados');
  });
});

describe('eventFields: a served notice names its duty', () => {
  it('by the words the page gives for the duty id, else by the id', () => {
    const payload = { type: 'notice-served', notice: 'release-notification', language: 'en', dutyId: 'd1' };
    const words = (id: string) => (id === 'd1' ? 'Tell the person' : undefined);
    expect(eventFields(payload, 'en', ZONE, words).find((f) => f.key === 'dutyId')!.value).toBe('Tell the person');
    expect(eventFields({ ...payload, dutyId: 'gone' }, 'en', ZONE, words).find((f) => f.key === 'dutyId')!.value).toBe(
      'gone',
    );
  });
});
