/**
 * What the importer hands the store: a batch of records and, at the end, the rollup, read through
 * the release's dictionaries, with facilities as their stored ids.
 */
import type { CodedColumn, StoredDetainers, StoredFacilities, StoredProfiles, StoredRollup } from './stored-release.js';
import type { RecordBatch, RecordProfile, ReleaseDictionaries } from './release-reader.js';
import { packedText } from './packed-texts.js';
import { monthText } from './rollup.js';
import { CRIMINALITY } from './criminality.js';
import { CONVICTION_CATEGORIES } from './dimensions.js';
import { FOLLOWED, type CategorisedRollupCells } from './what-followed.js';

/** Columns coded by record profile: per row its profile's code, each value read from the profile. */
function codedByProfile(codes: Int32Array, profiles: readonly RecordProfile[]) {
  return <T>(value: (profile: RecordProfile) => T): CodedColumn<T> => ({
    codes,
    value: (code) => value(profiles[code]!),
  });
}

/** A record batch read through the dictionaries. */
export function storedDetainers(batch: RecordBatch, dictionaries: ReleaseDictionaries): StoredDetainers {
  const { dates } = dictionaries;
  return {
    count: batch.count,
    coded: {
      preparedDate: { codes: batch.date, value: (code) => dates[code]! },
      profile: { codes: batch.profile, value: (code) => code },
    },
    line: (i) => batch.line[i]!,
    extra: (i) => (batch.extra ? packedText(batch.extra, i) : null),
    hasPersons: batch.person !== null,
    personKey: (i) => batch.person?.[i] ?? null,
    preparedAt: (i) => batch.preparedAt[i]!,
    outcome: (i) => {
      const profile = dictionaries.profiles[batch.profile[i]!]!;
      return profile.liftReason < 0 ? 'pending' : dictionaries.outcomes[profile.liftReason]!;
    },
  };
}

/** The release's record profiles read through the dictionaries, with facilities as their stored ids. */
export function storedProfiles(dictionaries: ReleaseDictionaries, facilities: StoredFacilities): StoredProfiles {
  const { profiles, states, forms, liftReasons, outcomes, aors, citizenships, usCitizen } = dictionaries;
  const orNull = <T>(values: readonly T[], index: number) => (index < 0 ? null : values[index]!);
  const profile = (i: number) => profiles[i]!;
  return {
    count: profiles.length,
    facilityId: (i) => orNull(facilities.ids, profile(i).facility),
    // A facility fixes the state (as in the rollup): a coded facility may be placed by another release.
    state: (i) => orNull(facilities.entries, profile(i).facility)?.state ?? orNull(states, profile(i).state),
    countyFips: (i) => orNull(facilities.entries, profile(i).facility)?.countyFips ?? null,
    form: (i) => orNull(forms, profile(i).form),
    liftReason: (i) => orNull(liftReasons, profile(i).liftReason),
    outcome: (i) => (profile(i).liftReason < 0 ? 'pending' : outcomes[profile(i).liftReason]!),
    aor: (i) => orNull(aors, profile(i).aor),
    citizenship: (i) => orNull(citizenships, profile(i).citizenship),
    criminality: (i) => orNull(CRIMINALITY, profile(i).criminality),
    convictionCategory: (i) => orNull(CONVICTION_CATEGORIES, profile(i).conviction),
    usCitizen: (i) => profile(i).liftReason >= 0 && usCitizen[profile(i).liftReason]!,
  };
}

/**
 * A rollup's cells read through the dictionaries, with facilities as their stored ids. A facility
 * fixes the state; records without one, or whose facility's state is not known, are counted by their
 * own state.
 */
export function storedRollup(
  cells: CategorisedRollupCells,
  dictionaries: ReleaseDictionaries,
  facilities: StoredFacilities,
): StoredRollup {
  const { states, forms, liftReasons, outcomes, aors, citizenships, usCitizen } = dictionaries;
  const byProfile = codedByProfile(cells.profile, dictionaries.profiles);
  const orEmpty = (values: readonly string[], index: number) => (index < 0 ? '' : values[index]!);
  const facilityOf = (p: RecordProfile) => (p.facility < 0 ? null : facilities.entries[p.facility]!);
  return {
    count: cells.count,
    coded: {
      month: { codes: cells.month, value: monthText },
      // As the profile's (storedProfiles): the monthly rollup reads its values from the profiles (0023).
      state: byProfile((p) => facilityOf(p)?.state ?? orEmpty(states, p.state)),
      countyFips: byProfile((p) => facilityOf(p)?.countyFips ?? ''),
      facilityId: byProfile((p) => (p.facility < 0 ? 0 : facilities.ids[p.facility]!)),
      form: byProfile((p) => orEmpty(forms, p.form)),
      liftReason: byProfile((p) => orEmpty(liftReasons, p.liftReason)),
      outcome: byProfile((p) => (p.liftReason < 0 ? 'pending' : outcomes[p.liftReason]!)),
      followed: { codes: Int32Array.from(cells.followed), value: (code) => (code < 0 ? '' : FOLLOWED[code]!) },
      // The profile's category (every layout's criminality column, read by release-reader.ts).
      criminality: byProfile((p) => orEmpty(CRIMINALITY, p.criminality)),
      aor: byProfile((p) => orEmpty(aors, p.aor)),
      citizenship: byProfile((p) => orEmpty(citizenships, p.citizenship)),
      convictionCategory: byProfile((p) => orEmpty(CONVICTION_CATEGORIES, p.conviction)),
      usCitizen: byProfile((p) => (p.liftReason >= 0 && usCitizen[p.liftReason] ? 1 : 0)),
    },
    records: (i) => cells.records[i]!,
  };
}
