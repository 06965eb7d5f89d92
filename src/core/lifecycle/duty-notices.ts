import type { AppliedRule } from '../policy/decision.types.js';
import type { PolicyLibrary } from '../policy/library.js';
import {
  NOTICE_KINDS,
  NOTICE_LANGUAGES,
  type Citation,
  type DutyNotice,
  type NoticeKind,
  type NoticeLanguage,
} from '../policy/policy.types.js';
import type { DecisionSummary } from './detainer-event.js';
import type { DetainerState } from './detainer-state.js';

type SummaryDuty = DecisionSummary['duties'][number];

/**
 * The notice that discharges a duty of a decision: as its policy file declared it when the law
 * decided (kept with the decision's duties), or, for a decision recorded before the declaration
 * was kept, the library's duty of the same id (of its rule when known). Null: no notice does.
 */
export function dutyNotice(duty: SummaryDuty, library: PolicyLibrary): DutyNotice | null {
  if (duty.notice !== undefined) return duty.notice;
  const rules = duty.rule !== undefined ? [library.rules.get(duty.rule)] : [...library.rules.values()];
  for (const rule of rules) {
    for (const version of rule?.versions ?? []) {
      const found = version.duties.find((d) => d.id === duty.id);
      if (found) return found.notice;
    }
  }
  return null;
}

/**
 * The state with every duty of its decision naming its notice (null for none): decisions recorded
 * before the policy files declared notices are completed from the library, so the state machine
 * reads one field.
 */
export function withDutyNotices(state: DetainerState, library: PolicyLibrary): DetainerState {
  const decision = state.decision;
  if (!decision || decision.duties.every((d) => d.notice !== undefined)) return state;
  return {
    ...state,
    decision: { ...decision, duties: decision.duties.map((d) => ({ ...d, notice: dutyNotice(d, library) })) },
  };
}

/** A duty's notice as the state machine reads it (a state completed by `withDutyNotices`). */
export function noticeOf(duty: SummaryDuty): DutyNotice | null {
  return duty.notice ?? null;
}

/**
 * The notices the law in force calls for: those declared on a duty of the decision (not one still
 * waiting for a missing fact), in the order of NOTICE_KINDS, each with the languages declared for
 * it. Served ones stay listed (a notice may be served again, e.g. in the other language).
 */
export function dueNotices(state: DetainerState): Array<{ kind: NoticeKind; languages: NoticeLanguage[] }> {
  const languages = new Map<NoticeKind, Set<NoticeLanguage>>();
  for (const duty of state.decision?.duties ?? []) {
    const notice = duty.waitingFor ? null : noticeOf(duty);
    if (!notice) continue;
    const set = languages.get(notice.kind) ?? new Set<NoticeLanguage>();
    for (const language of notice.languages) set.add(language);
    languages.set(notice.kind, set);
  }
  return NOTICE_KINDS.filter((kind) => languages.has(kind)).map((kind) => ({
    kind,
    languages: NOTICE_LANGUAGES.filter((l) => languages.get(kind)!.has(l)),
  }));
}

/**
 * The citations a served notice prints: those of the rules whose duties the notice discharges, then
 * those of every other rule the decision applied, each once. Citations are taken as the decision
 * kept them (`stored`, the engine's applied rules and duties in the decision document), else from
 * the library as it is now. Empty only when nothing is known of the rules (the renderer then says
 * so rather than guess).
 */
export function noticeCitations(
  state: DetainerState,
  kind: NoticeKind,
  library: PolicyLibrary,
  stored: { readonly applied?: readonly AppliedRule[] } = {},
): Citation[] {
  const decision = state.decision;
  if (!decision) return [];
  const dutyRules = decision.duties
    .filter((d) => !d.waitingFor && noticeOf(d)?.kind === kind && d.rule !== undefined)
    .map((d) => d.rule!);
  const appliedRules = decision.applied.map((a) => a.rule);
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const id of [...dutyRules, ...appliedRules]) {
    const kept = stored.applied?.find((a) => a.rule === id);
    for (const c of kept?.citations ?? library.rules.get(id)?.citations ?? []) {
      const key = `${c.title}\n${c.href}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ title: c.title, href: c.href });
    }
  }
  return out;
}

/** The applied rules the engine's answer kept in a stored decision document (`{ input, output }`), if any. */
export function storedAppliedRules(document: unknown): { applied?: readonly AppliedRule[] } {
  const output = isObject(document) ? document.output : undefined;
  if (!isObject(output) || !Array.isArray(output.applied)) return {};
  const applied = (output.applied as unknown[]).filter(
    (a): a is AppliedRule => isObject(a) && typeof a.rule === 'string' && Array.isArray(a.citations),
  );
  return { applied };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
