import { describe, expect, it } from 'vitest';
import type { AlarmDto } from '../../shared/types';
import { alarmKey, newAlarms, orderAlarms } from './alarmOrder';

const alarm = (kind: AlarmDto['kind'], detainerId: string): AlarmDto => ({
  kind,
  severity: kind === 'hold-past-deadline' || kind === 'release-due' ? 'critical' : 'warning',
  detainerId,
  at: '2026-12-05T15:00:00Z',
  message: 'm',
  duty: null,
  blocked: null,
});

describe('orderAlarms', () => {
  it('puts release-now alarms first and keeps the API order within a rank', () => {
    const list = [
      alarm('duty-overdue', 'a'),
      alarm('hold-ending-soon', 'b'),
      alarm('release-due', 'c'),
      alarm('decision-blocked', 'd'),
      alarm('hold-past-deadline', 'e'),
    ];
    expect(orderAlarms(list).map((a) => a.detainerId)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });
});

describe('newAlarms', () => {
  it('answers only the alarms not seen before', () => {
    const seen = new Set([alarmKey(alarm('release-due', 'c'))]);
    expect(newAlarms([alarm('release-due', 'c'), alarm('hold-past-deadline', 'c')], seen)).toEqual([
      alarm('hold-past-deadline', 'c'),
    ]);
  });
});
