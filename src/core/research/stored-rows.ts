/**
 * What the importer hands the store: a batch of records and, at the end, the rollup, read through
 * the release's dictionaries, with facilities as their stored ids.
 */
import type { CodedColumn, StoredDetainers, StoredRollup } from './import-release.js';
import type { RecordBatch, RecordProfile, ReleaseDictionaries } from './release-reader.js';
import { monthText, type RollupCells } from './rollup.js';

/** Columns coded by record profile: per row its profile's code, each value read from the profile. */
function codedByProfile(codes: Int32Array, profiles: readonly RecordProfile[]) {
  return <T>(value: (profile: RecordProfile) => T): CodedColumn<T> => ({
    codes,
    value: (code) => value(profiles[code]!),
  });
}

/** A record batch read through the dictionaries, with facilities as their stored ids. */
export function storedDetainers(
  batch: RecordBatch,
  dictionaries: ReleaseDictionaries,
  facilityIds: readonly number[],
): StoredDetainers {
  const { dates, states, forms, liftReasons, outcomes, facilities } = dictionaries;
  // Every column but the date follows from the record's profile: coded by it, they share its codes.
  const byProfile = codedByProfile(batch.profile, dictionaries.profiles);
  const orNull = <T>(values: readonly T[], index: number) => (index < 0 ? null : values[index]!);
  return {
    count: batch.count,
    coded: {
      preparedDate: { codes: batch.date, value: (code) => dates[code]! },
      facilityId: byProfile((p) => orNull(facilityIds, p.facility)),
      state: byProfile((p) => orNull(states, p.state)),
      countyFips: byProfile((p) => (p.facility < 0 ? null : facilities[p.facility]!.countyFips)),
      form: byProfile((p) => orNull(forms, p.form)),
      liftReason: byProfile((p) => orNull(liftReasons, p.liftReason)),
      outcome: byProfile((p) => (p.liftReason < 0 ? 'pending' : outcomes[p.liftReason]!)),
    },
    line: (i) => batch.line[i]!,
    extra: (i) => batch.extra?.[i] ?? null,
    hasPersons: batch.person !== null,
    personKey: (i) => batch.person?.[i] ?? null,
    preparedAt: (i) => batch.preparedAt[i]!,
  };
}

/**
 * A rollup's cells read through the dictionaries, with facilities as their stored ids. A facility
 * fixes the state; records without one are counted by their own state.
 */
export function storedRollup(
  cells: RollupCells,
  dictionaries: ReleaseDictionaries,
  facilityIds: readonly number[],
): StoredRollup {
  const { states, forms, liftReasons, outcomes, facilities } = dictionaries;
  const byProfile = codedByProfile(cells.profile, dictionaries.profiles);
  const orEmpty = (values: readonly string[], index: number) => (index < 0 ? '' : values[index]!);
  const facilityOf = (p: RecordProfile) => (p.facility < 0 ? null : facilities[p.facility]!);
  return {
    count: cells.count,
    coded: {
      month: { codes: cells.month, value: monthText },
      state: byProfile((p) => {
        const facility = facilityOf(p);
        return facility ? (facility.state ?? '') : orEmpty(states, p.state);
      }),
      countyFips: byProfile((p) => facilityOf(p)?.countyFips ?? ''),
      facilityId: byProfile((p) => (p.facility < 0 ? 0 : facilityIds[p.facility]!)),
      form: byProfile((p) => orEmpty(forms, p.form)),
      liftReason: byProfile((p) => orEmpty(liftReasons, p.liftReason)),
      outcome: byProfile((p) => (p.liftReason < 0 ? 'pending' : outcomes[p.liftReason]!)),
    },
    records: (i) => cells.records[i]!,
  };
}
