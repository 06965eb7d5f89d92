import { Type, type Static, type TSchema } from 'typebox';
import { HOLD_WINDOW_KINDS } from '../../core/clock/hold-window.js';
import { ACTIONS } from '../../core/policy/policy.types.js';
import { DETAINER_FORMS } from '../../core/request/detainer-request.js';
import type { IntakeForm } from '../../core/request/intake-form.use-cases.js';
import { Uuid } from './common.schema.js';
import { CitationDto } from './policy.schema.js';

const List = <T extends TSchema>(item: T) => Type.Immutable(Type.Array(item));
const LocalDateOrNull = Type.Union([Type.String({ format: 'date' }), Type.Null()]);

export const FormEditionDto = Type.Object({
  form: Type.Enum(DETAINER_FORMS),
  edition: Type.String({ description: 'as the catalogue names it: 2017-02, 2015 or pre-2010' }),
  title: Type.String(),
  inUseFrom: Type.Union([LocalDateOrNull], { description: 'first local date in use; null when unknown' }),
  inUseUntil: Type.Union([LocalDateOrNull], { description: 'first date no longer issued; null while in use' }),
  asks: List(Type.Enum(ACTIONS)),
  holdWindow: Type.Union([Type.Enum(HOLD_WINDOW_KINDS), Type.Null()]),
  warrantByPolicy: Type.Boolean(),
  citations: List(CitationDto),
  notes: Type.String(),
});

export const IntakeFormDto = Type.Object(
  {
    forms: List(FormEditionDto),
    facilities: List(Type.Object({ id: Uuid, name: Type.String() })),
    discretion: Type.Union([Type.Literal('comply'), Type.Literal('decline')], {
      description: "the agency's own setting where the law leaves an action permitted",
    }),
    request: Type.Unknown({
      description:
        'the JSON Schema of POST /detainers (its one declaration): the constraints a form checks fields with',
    }),
  },
  {
    description:
      "What the intake form offers: the form catalogue (editions with their dates), the caller's agency's facilities and discretion, and the request's schema",
  },
);
export type IntakeFormDto = Static<typeof IntakeFormDto>;

/** The core's answer fits the schema (a field the schema lacked would be dropped when serialised). */
type Assert<T extends true> = T;
export type _IntakeFormFitsTheSchema = Assert<IntakeForm extends IntakeFormDto ? true : false>;
