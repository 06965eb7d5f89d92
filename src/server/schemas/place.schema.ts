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
