import { Type, type Static, type TSchema } from 'typebox';
import { LawMapQuerySchema, LawPanelQuerySchema } from '../../core/law-map/law-map-query.js';
import type { LawMap } from '../../core/law-map/law-map.js';
import type { LawPanel } from '../../core/law-map/law-panel.js';
import { MAP_MODALITIES } from '../../core/law-map/law-map.js';
import { PROFILES } from '../../core/law-map/profiles.js';
import { ACTIONS, LEVELS } from '../../core/policy/policy.types.js';
import { CitationDto } from './policy.schema.js';

/**
 * Schemas of the law map and panel (issue 12, map-api slice). The map's answer mirrors the core's
 * LawMap exactly (checked at the bottom), so that nothing is dropped; it is sent as cached JSON text.
 */

const List = <T extends TSchema>(item: T, options: Record<string, unknown> = {}) =>
  Type.Immutable(Type.Array(item, options));
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'local date, YYYY-MM-DD' });
const MapModality = Type.Enum(MAP_MODALITIES, {
  description: 'required, permitted or forbidden by the law in force; undecided for lack of a fact (or a conflict)',
});

export const LawMapQuery = LawMapQuerySchema;
export const LawPanelQuery = LawPanelQuerySchema;

export const MapProfileDto = Type.Object({
  id: Type.Enum(PROFILES),
  description: Type.String(),
  facts: List(Type.String(), { description: 'the facts given, as the engine reads them' }),
});

export const StandardFormDto = Type.Object(
  {
    form: Type.String(),
    edition: Type.String(),
    title: Type.String(),
    inUseFrom: Nullable(LocalDate),
    inUseUntil: Nullable(LocalDate),
    startKnown: Type.Boolean({ description: 'false when the day is before any edition whose start is known' }),
    warrant: Type.Union([Type.Literal('none'), Type.Literal('administrative'), Type.Literal('judicial')]),
    probableCause: List(Type.String()),
    note: Type.String(),
  },
  { description: 'the standard request: the full detainer form ICE used that day, as the map assumes it' },
);

export const LibraryCurrencyDto = Type.Object({
  currentTo: LocalDate,
  basis: Type.String(),
  beyondCurrent: Type.Boolean({ description: 'the day asked is after the day the library is known current to' }),
});

export const RuleReferenceDto = Type.Object({
  title: Type.String(),
  level: Type.Enum(LEVELS),
  citations: List(CitationDto),
});

export const StateResearchDto = Type.Object({
  status: Type.Enum(['law-found', 'no-detainer-law', 'unsettled', 'not-researched']),
  reviewed: Nullable(LocalDate),
});

export const LawMapEntryDto = Type.Object({
  fips: Type.String({ description: 'five-digit county FIPS (us-atlas)' }),
  modality: MapModality,
  rule: Nullable(Type.String({ description: 'the binding rule id (see rules)' })),
  missing: Type.Optional(List(Type.String(), { description: 'undecided: the facts the profile does not give' })),
  conflict: Type.Optional(List(Type.String(), { description: 'undecided: two rules of one level bind opposite ways' })),
});

export const LawMapDto = Type.Object(
  {
    at: LocalDate,
    action: Type.Enum(ACTIONS),
    profile: MapProfileDto,
    agencyKind: Type.Literal('county-jail'),
    form: StandardFormDto,
    library: LibraryCurrencyDto,
    counts: Type.Object({
      required: Type.Number(),
      permitted: Type.Number(),
      forbidden: Type.Number(),
      undecided: Type.Number(),
    }),
    rules: Type.Record(Type.String(), RuleReferenceDto, { description: 'every rule named by an entry, once' }),
    states: Type.Record(Type.String(), StateResearchDto, {
      description:
        'per state (USPS code): whether the library encodes a state law on detainers, recorded that none was found, or has not researched the state',
    }),
    counties: List(LawMapEntryDto),
  },
  { description: 'what the law in force says of one action for one profile, in every county' },
);
export type LawMapDto = Static<typeof LawMapDto>;

export const PanelPeriodDto = Type.Object({
  fips: Type.String(),
  action: Type.Enum(ACTIONS),
  from: LocalDate,
  to: LocalDate,
  modality: MapModality,
  rule: Nullable(Type.String()),
  missing: List(Type.String()),
  conflict: List(Type.String()),
});

export const LawPanelDto = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    profile: MapProfileDto,
    agencyKind: Type.Literal('county-jail'),
    actions: List(Type.Enum(ACTIONS)),
    library: LibraryCurrencyDto,
    forms: List(
      Type.Object({
        from: LocalDate,
        to: LocalDate,
        form: Type.String(),
        edition: Type.String(),
        warrant: Type.String(),
      }),
      { description: 'the standard request form over the range' },
    ),
    rules: Type.Record(Type.String(), RuleReferenceDto),
    periods: List(PanelPeriodDto, { description: 'by county (FIPS), then action, then date; from and to inclusive' }),
  },
  {
    description:
      "every county's periods over which an action's law stays the same (JSON); with format=csv or Accept: text/csv, " +
      'the periods as CSV: fips,state,action,from,to,modality,rule,missing,conflict (lists joined by ";")',
  },
);
export type LawPanelDto = Static<typeof LawPanelDto>;
export type PanelPeriodDto = Static<typeof PanelPeriodDto>;
export type LawMapEntryDto = Static<typeof LawMapEntryDto>;
export type LawMapQueryDto = Static<typeof LawMapQuery>;
export type LawPanelQueryDto = Static<typeof LawPanelQuery>;

type Assert<T extends true> = T;
/** The core's answer fits the schema, and the schema names no field the core lacks. */
export type _LawMapFitsTheSchema = Assert<LawMap extends LawMapDto ? true : false>;
export type _LawMapSchemaHasNoOtherField = Assert<keyof LawMapDto extends keyof LawMap ? true : false>;
export type _LawPanelFitsTheSchema = Assert<LawPanel extends LawPanelDto ? true : false>;
export type _LawPanelSchemaHasNoOtherField = Assert<keyof LawPanelDto extends keyof LawPanel ? true : false>;
