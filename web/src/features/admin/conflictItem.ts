import type { IdentityConflictListDto } from '../../shared/types';

/** One open identity conflict as the API lists it: the reference and the names of the differing fields. */
export type ConflictItem = IdentityConflictListDto['items'][number];
