import type { Formula } from '../formula.js';
import { FORBIDDEN, PERMITTED, REQUIRED, NOT_APPLICABLE, packActions, pack } from '../formula.js';
import type { Action } from '../policy.types.js';
import { Actions, Flag, noParams, paramsSchema, parseWith } from './params.js';

const ForbidSchema = paramsSchema({ actions: Actions, unlessJudicialWarrant: Flag });
const RequireSchema = paramsSchema({ actions: Actions, exceptProofOfLawfulStatus: Flag, onlyWithWarrant: Flag });
const ActionsSchema = paramsSchema({ actions: Actions });

/** 8 CFR 287.7: a detainer is a request; every action it asks is permitted (Galarza, 3d Cir. 2014). */
export const requestOnly: Formula<Record<string, never>> = {
  name: 'request-only',
  summary: 'every action the request asks is permitted: a detainer is a request, not a command',
  parseParams: noParams,
  decide: (_facts, _params, why) => {
    why?.('hold', 'a detainer is a request; honouring it is left to the agency');
    why?.('notify', 'a detainer is a request; honouring it is left to the agency');
    why?.('transfer', 'a detainer is a request; honouring it is left to the agency');
    return pack(PERMITTED, PERMITTED, PERMITTED);
  },
};

interface ForbidParams {
  readonly actions: readonly Action[];
  /** The rule does not reach a request backed by a judge's warrant. */
  readonly unlessJudicialWarrant: boolean;
}

export const forbid: Formula<ForbidParams> = {
  name: 'forbid',
  summary: 'the listed actions are forbidden (optionally: unless a judge signed a warrant)',
  parseParams: (raw) =>
    parseWith(ForbidSchema, raw, (p) => ({
      actions: p.actions as Action[],
      unlessJudicialWarrant: p.unlessJudicialWarrant ?? false,
    })),
  decide: (facts, params, why) => {
    if (params.unlessJudicialWarrant && facts.warrant() === 'judicial') {
      for (const action of params.actions)
        why?.(action, 'the request is backed by a judicial warrant, which this rule does not reach');
      return NOT_APPLICABLE;
    }
    for (const action of params.actions) why?.(action, 'forbidden by this rule');
    return packActions(params.actions, FORBIDDEN);
  },
};

interface RequireParams {
  readonly actions: readonly Action[];
  /** Duties lapse when the person has proved citizenship or lawful status (Tex. CCP art. 2.251(b)). */
  readonly exceptProofOfLawfulStatus: boolean;
  /** Only a request accompanied by a warrant counts (e.g. Fla. Stat. 908.102(2): "along with a warrant"). */
  readonly onlyWithWarrant: boolean;
}

export const requireActions: Formula<RequireParams> = {
  name: 'require',
  summary: 'the listed actions are required (optionally: unless the person proved lawful status; only with a warrant)',
  parseParams: (raw) =>
    parseWith(RequireSchema, raw, (p) => ({
      actions: p.actions as Action[],
      exceptProofOfLawfulStatus: p.exceptProofOfLawfulStatus ?? false,
      onlyWithWarrant: p.onlyWithWarrant ?? false,
    })),
  decide: (facts, params, why) => {
    if (params.onlyWithWarrant && facts.warrant() === 'none') {
      for (const action of params.actions)
        why?.(action, 'no warrant accompanies the request, so it is not a detainer this rule covers');
      return NOT_APPLICABLE;
    }
    if (params.exceptProofOfLawfulStatus && facts.proofOfLawfulStatus()) {
      for (const action of params.actions) why?.(action, 'the person has proved citizenship or lawful status');
      return NOT_APPLICABLE;
    }
    for (const action of params.actions) why?.(action, 'required by this rule');
    return packActions(params.actions, REQUIRED);
  },
};

/** A rule whose effect is only duties (notices, reports): it applies whenever its actions are requested. */
export const dutiesOnly: Formula<{ readonly actions: readonly Action[] }> = {
  name: 'duties-only',
  summary: 'no effect on what may be done; the rule imposes duties when one of the listed actions is requested',
  dutiesOnly: true,
  parseParams: (raw) => parseWith(ActionsSchema, raw, (p) => ({ actions: p.actions as Action[] })),
  decide: () => NOT_APPLICABLE,
};
