import { Type, type Static } from 'typebox';

export const StateDto = Type.Object({
  code: Type.String({ pattern: '^[A-Z]{2}$', description: 'USPS code' }),
  fips: Type.String({ pattern: '^\\d{2}$' }),
  name: Type.String(),
  kind: Type.Union([Type.Literal('state'), Type.Literal('district'), Type.Literal('territory')]),
  timeZone: Type.String({ description: 'IANA zone of the seat of government' }),
});
export type StateDto = Static<typeof StateDto>;

export const CountyDto = Type.Object({
  fips: Type.String({ pattern: '^\\d{5}$' }),
  name: Type.String(),
  stateCode: Type.String(),
  timeZone: Type.String({ description: "IANA zone of the county's local calendar" }),
});
export type CountyDto = Static<typeof CountyDto>;

/** GET /places/states */
export const StateListDto = Type.Object({ states: Type.Array(StateDto) });
export type StateListDto = Static<typeof StateListDto>;
/** GET /places/states/:state */
export const StateWithCountiesDto = Type.Object({ state: StateDto, counties: Type.Array(CountyDto) });
export type StateWithCountiesDto = Static<typeof StateWithCountiesDto>;
/** GET /places/counties */
export const CountyListDto = Type.Object({ counties: Type.Array(CountyDto) });
export type CountyListDto = Static<typeof CountyListDto>;
/** GET /places/counties/:fips */
export const CountyWithStateDto = Type.Object({ county: CountyDto, state: StateDto });
export type CountyWithStateDto = Static<typeof CountyWithStateDto>;
