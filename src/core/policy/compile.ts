import type { AgencyKind } from '../agency/agency.js';
import { localDate as localDateOf } from '../clock/local-calendar.js';
import { FORM_CATALOGUE } from '../request/form-catalogue.js';
import type { ProbableCauseBasis, WarrantKind } from '../request/detainer-request.js';
import { MissingFactSignal } from './engine-errors.js';
import type { FactReader } from './fact-reader.js';
import type { Conviction, PendingCharge, SubjectFacts } from './facts.js';
import { ACTION_SHIFT, FORBIDDEN, PERMITTED, REQUIRED, packActions } from './formula.js';
import { rulesInForce, type PolicyLibrary } from './library.js';
import type { PlaceDirectory } from './place-directory.port.js';
import { LEVEL_RANK, type Action } from './policy.types.js';

/** The result of a fast decision when two rules of one level bind opposite ways. */
export const FAST_CONFLICT = -1;
/** The result when the form edition is not in the catalogue (or none was in use that day). */
export const FAST_UNKNOWN_FORM = -2;

export interface FastRequest {
  readonly form: string;
  readonly formEdition: string | null;
  readonly warrant: WarrantKind;
  readonly probableCause: readonly ProbableCauseBasis[];
}

/**
 * The same law compiled for one place, agency kind and day: plain functions, no trace, no
 * allocation per decision. For bulk replay of historical records (millions per run).
 */
export interface CompiledLaw {
  readonly localDate: string;
  readonly zone: string;
  readonly rules: readonly string[];
  /**
   * Modalities packed two bits per action (hold, notify, transfer; 0 = not asked, 1 permitted,
   * 2 required, 3 forbidden), or FAST_CONFLICT / FAST_UNKNOWN_FORM. Throws MissingFactSignal when
   * a rule needs an unknown fact.
   */
  decide(request: FastRequest, subject: SubjectFacts): number;
  /**
   * The same decision, one action at a time, with the binding rule and, where facts are missing,
   * what no missing fact can change: for the law map and panel. Undefined for an unknown form.
   */
  explain(request: FastRequest, subject: SubjectFacts): readonly FastActionOutcome[] | undefined;
}

/** A code of FastActionOutcome: the action waits for a missing fact. */
export const FAST_UNDECIDED = -3;

/** One action explained (in ACTION_SHIFT order: hold, notify, transfer). */
export interface FastActionOutcome {
  /**
   * NOT_APPLICABLE (the form does not ask it), PERMITTED, REQUIRED, FORBIDDEN, FAST_CONFLICT or
   * FAST_UNDECIDED.
   */
  readonly code: number;
  /** The binding rule (required or forbidden), the first of the two for a conflict, else null. */
  readonly binding: string | null;
  /** The other rule of a conflict, else null. */
  readonly conflictWith: string | null;
  /** For FAST_UNDECIDED: the facts the rules that could not run asked first, sorted. */
  readonly missing: readonly string[];
}

class ReusableReader implements FactReader {
  request!: FastRequest;
  subject!: SubjectFacts;
  constructor(private readonly date: string) {}
  warrant() {
    return this.request.warrant;
  }
  probableCause() {
    return this.request.probableCause;
  }
  proofOfLawfulStatus(): boolean {
    return this.known(this.subject.proofOfLawfulStatus, 'subject.proofOfLawfulStatus');
  }
  registrant(): boolean {
    return this.known(this.subject.registrant, 'subject.registrant');
  }
  federalFelonyWarrant(): boolean {
    return this.known(this.subject.federalFelonyWarrant, 'subject.federalFelonyWarrant');
  }
  terroristWatchListMatch(): boolean {
    return this.known(this.subject.terroristWatchListMatch, 'subject.terroristWatchListMatch');
  }
  warrantGangOrRemovalOrder(): boolean {
    return this.known(this.subject.warrantGangOrRemovalOrder, 'subject.warrantGangOrRemovalOrder');
  }
  removedAndReentered(): boolean {
    return this.known(this.subject.removedAndReentered, 'subject.removedAndReentered');
  }
  instantArrestDate(): string {
    return this.known(this.subject.instantArrestDate, 'subject.instantArrestDate');
  }
  convictions(): readonly Conviction[] {
    return this.known(this.subject.convictions, 'subject.convictions');
  }
  pendingCharges(): readonly PendingCharge[] {
    return this.known(this.subject.pendingCharges, 'subject.pendingCharges');
  }
  localDate() {
    return this.date;
  }
  private known<T>(value: T | undefined, fact: string): T {
    if (value === undefined) throw new MissingFactSignal(fact);
    return value;
  }
}

/**
 * The actions a rule version can speak to, as a mask (1 in each slot): the actions its parsed
 * parameters name (`action` or `actions`: the gate, forbid and require formulas answer only for
 * those), else all three.
 */
function scopeOf(params: unknown): number {
  const p = (params ?? {}) as { action?: unknown; actions?: unknown };
  const named = typeof p.action === 'string' ? [p.action] : Array.isArray(p.actions) ? p.actions : null;
  if (named === null) return packActions(['hold', 'notify', 'transfer'], PERMITTED);
  return packActions(
    named.filter((a): a is Action => a === 'hold' || a === 'notify' || a === 'transfer'),
    PERMITTED,
  );
}

/** Compiles the law in force at `asOf` for a place and agency kind. Undefined for an unknown place. */
export function compileLaw(
  library: PolicyLibrary,
  places: PlaceDirectory,
  where: { state: string; countyFips: string | null; agencyKind: AgencyKind },
  asOf: Date,
): CompiledLaw | undefined {
  const county = where.countyFips === null ? undefined : places.county(where.countyFips);
  if (county !== undefined && county.state !== where.state) return undefined;
  const zone = where.countyFips === null ? places.stateZone(where.state) : county?.zone;
  if (zone === undefined || places.stateZone(where.state) === undefined) return undefined;
  const date = localDateOf(asOf, zone);
  const inForce = rulesInForce(library, where, date);
  const formulas = inForce.map((r) => r.formula);
  const params = inForce.map((r) => r.params);
  const ranks = Int32Array.from(inForce.map((r) => LEVEL_RANK[r.rule.level]));
  const packed = new Int32Array(inForce.length);
  const scopes = Int32Array.from(inForce.map((r) => scopeOf(r.params)));
  const reader = new ReusableReader(date);

  // What each edition asks, as a mask with 1 in every asked action's slot; and the default edition per form.
  const asks = new Map<string, Map<string, number>>();
  const defaults = new Map<string, number>();
  for (const e of FORM_CATALOGUE) {
    const mask = packActions(e.asks, PERMITTED);
    if (!asks.has(e.form)) asks.set(e.form, new Map());
    asks.get(e.form)!.set(e.edition, mask);
    const inUse = (e.inUseFrom === null || e.inUseFrom <= date) && (e.inUseUntil === null || date < e.inUseUntil);
    if (inUse && !defaults.has(e.form)) defaults.set(e.form, mask);
  }
  const count = inForce.length;
  const SHIFTS = [ACTION_SHIFT.hold, ACTION_SHIFT.notify, ACTION_SHIFT.transfer] as const;

  return {
    localDate: date,
    zone,
    rules: inForce.map((r) => r.rule.id),
    decide(request, subject) {
      const mask =
        request.formEdition === null ? defaults.get(request.form) : asks.get(request.form)?.get(request.formEdition);
      if (mask === undefined) return FAST_UNKNOWN_FORM;
      reader.request = request;
      reader.subject = subject;
      for (let i = 0; i < count; i++) packed[i] = formulas[i]!.decide(reader, params[i]);
      let result = 0;
      for (let a = 0; a < 3; a++) {
        const shift = SHIFTS[a]!;
        if (((mask >> shift) & 3) === 0) continue;
        let code = PERMITTED;
        for (let i = 0; i < count; i++) {
          const c = (packed[i]! >> shift) & 3;
          if (c !== REQUIRED && c !== FORBIDDEN) continue;
          const opposite = c === REQUIRED ? FORBIDDEN : REQUIRED;
          for (let j = i + 1; j < count && ranks[j] === ranks[i]; j++) {
            if (((packed[j]! >> shift) & 3) === opposite) return FAST_CONFLICT;
          }
          code = c;
          break;
        }
        result |= code << shift;
      }
      return result;
    },
    explain(request, subject) {
      const mask =
        request.formEdition === null ? defaults.get(request.form) : asks.get(request.form)?.get(request.formEdition);
      if (mask === undefined) return undefined;
      reader.request = request;
      reader.subject = subject;
      const failed: Array<string | undefined> = new Array<string | undefined>(count);
      let anyFailed = false;
      for (let i = 0; i < count; i++) {
        try {
          packed[i] = formulas[i]!.decide(reader, params[i]);
        } catch (error) {
          if (!(error instanceof MissingFactSignal)) throw error;
          packed[i] = 0;
          failed[i] = error.fact;
          anyFailed = true;
        }
      }
      return SHIFTS.map((shift): FastActionOutcome => {
        if (((mask >> shift) & 3) === 0) return { code: 0, binding: null, conflictWith: null, missing: [] };
        // A rule that could not run matters to this action only if its parameters let it speak to it.
        const blocks = (i: number) => failed[i] !== undefined && ((scopes[i]! >> shift) & 3) !== 0;
        const missing = anyFailed
          ? [...new Set(failed.filter((f, i): f is string => f !== undefined && blocks(i)))].sort()
          : [];
        // The engine's rule for a decision no missing fact can change (evaluate.ts, settledDecision):
        // a rule that ran binds, and every rule that could not run is junior to it.
        for (let i = 0; i < count; i++) {
          if (blocks(i)) break;
          const c = (packed[i]! >> shift) & 3;
          if (c !== REQUIRED && c !== FORBIDDEN) continue;
          const opposite = c === REQUIRED ? FORBIDDEN : REQUIRED;
          for (let j = i + 1; j < count && ranks[j] === ranks[i]; j++) {
            if (blocks(j)) return { code: FAST_UNDECIDED, binding: null, conflictWith: null, missing };
            if (((packed[j]! >> shift) & 3) === opposite) {
              return { code: FAST_CONFLICT, binding: inForce[i]!.rule.id, conflictWith: inForce[j]!.rule.id, missing };
            }
          }
          return { code: c, binding: inForce[i]!.rule.id, conflictWith: null, missing: [] };
        }
        return missing.length > 0
          ? { code: FAST_UNDECIDED, binding: null, conflictWith: null, missing }
          : { code: PERMITTED, binding: null, conflictWith: null, missing: [] };
      });
    },
  };
}
