import type { Conviction, Facts, PendingCharge } from './facts.js';
import { MissingFactSignal } from './engine-errors.js';
import type { ProbableCauseBasis, WarrantKind } from '../request/detainer-request.js';

/**
 * How formulas read facts. The traced path records every fact read (for the explanation); the
 * fast path reads directly. Both throw MissingFactSignal for an unknown fact a formula needs.
 */
export interface FactReader {
  warrant(): WarrantKind;
  probableCause(): readonly ProbableCauseBasis[];
  proofOfLawfulStatus(): boolean;
  registrant(): boolean;
  federalFelonyWarrant(): boolean;
  terroristWatchListMatch(): boolean;
  removedAndReentered(): boolean;
  warrantGangOrRemovalOrder(): boolean;
  instantArrestDate(): string;
  convictions(): readonly Conviction[];
  pendingCharges(): readonly PendingCharge[];
  /** The decision's local date in the place's zone, for lookback windows. */
  localDate(): string;
}

export function known<T>(value: T | undefined, fact: string): T {
  if (value === undefined) throw new MissingFactSignal(fact);
  return value;
}

/** Reads facts without recording: the fast path. */
export class DirectFactReader implements FactReader {
  constructor(
    protected readonly facts: Facts,
    protected readonly date: string,
  ) {}
  warrant() {
    return this.facts.request.warrant;
  }
  probableCause() {
    return this.facts.request.probableCause;
  }
  proofOfLawfulStatus() {
    return known(this.facts.subject.proofOfLawfulStatus, 'subject.proofOfLawfulStatus');
  }
  registrant() {
    return known(this.facts.subject.registrant, 'subject.registrant');
  }
  federalFelonyWarrant() {
    return known(this.facts.subject.federalFelonyWarrant, 'subject.federalFelonyWarrant');
  }
  terroristWatchListMatch() {
    return known(this.facts.subject.terroristWatchListMatch, 'subject.terroristWatchListMatch');
  }
  removedAndReentered() {
    return known(this.facts.subject.removedAndReentered, 'subject.removedAndReentered');
  }
  warrantGangOrRemovalOrder() {
    return known(this.facts.subject.warrantGangOrRemovalOrder, 'subject.warrantGangOrRemovalOrder');
  }
  instantArrestDate() {
    return known(this.facts.subject.instantArrestDate, 'subject.instantArrestDate');
  }
  convictions() {
    return known(this.facts.subject.convictions, 'subject.convictions');
  }
  pendingCharges() {
    return known(this.facts.subject.pendingCharges, 'subject.pendingCharges');
  }
  localDate() {
    return this.date;
  }
}

/** Reads facts and remembers which were read and what they were: the traced path. */
export class RecordingFactReader extends DirectFactReader {
  readonly read = new Map<string, unknown>();

  private note<T>(name: string, read: () => T): T {
    const value = read();
    this.read.set(name, value);
    return value;
  }
  override warrant() {
    return this.note('request.warrant', () => super.warrant());
  }
  override probableCause() {
    return this.note('request.probableCause', () => super.probableCause());
  }
  override proofOfLawfulStatus() {
    return this.note('subject.proofOfLawfulStatus', () => super.proofOfLawfulStatus());
  }
  override registrant() {
    return this.note('subject.registrant', () => super.registrant());
  }
  override federalFelonyWarrant() {
    return this.note('subject.federalFelonyWarrant', () => super.federalFelonyWarrant());
  }
  override terroristWatchListMatch() {
    return this.note('subject.terroristWatchListMatch', () => super.terroristWatchListMatch());
  }
  override warrantGangOrRemovalOrder() {
    return this.note('subject.warrantGangOrRemovalOrder', () => super.warrantGangOrRemovalOrder());
  }
  override removedAndReentered() {
    return this.note('subject.removedAndReentered', () => super.removedAndReentered());
  }
  override instantArrestDate() {
    return this.note('subject.instantArrestDate', () => super.instantArrestDate());
  }
  override convictions() {
    return this.note('subject.convictions', () => super.convictions());
  }
  override pendingCharges() {
    return this.note('subject.pendingCharges', () => super.pendingCharges());
  }
  override localDate() {
    return this.note('localDate', () => super.localDate());
  }
}
