declare const brand: unique symbol;
/** A string that the type system keeps apart from other strings of the same shape. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type AgencyId = Brand<string, 'AgencyId'>;
export type FacilityId = Brand<string, 'FacilityId'>;
export type UserId = Brand<string, 'UserId'>;
export type SubjectId = Brand<string, 'SubjectId'>;
export type DetainerId = Brand<string, 'DetainerId'>;
export type ApiTokenId = Brand<string, 'ApiTokenId'>;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
