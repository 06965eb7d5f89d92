import { localDate } from '../clock/local-calendar.js';
import { findEdition, FORM_CATALOGUE, type FormEdition } from '../request/form-catalogue.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EngineError } from './engine-errors.js';
import type { PlaceDirectory } from './place-directory.port.js';

export interface ResolvedContext {
  readonly zone: string;
  readonly localDate: string;
  readonly edition: FormEdition;
  readonly editionFrom: 'input' | 'in-use-on-date';
}

/** The place's zone and local date, and the form edition (named, or the one in use that day). */
export function resolveContext(
  places: PlaceDirectory,
  input: {
    asOf: Date;
    state: string;
    countyFips: string | null;
    request: { form: string; formEdition: string | null };
  },
): Result<ResolvedContext, EngineError> {
  const instant = input.asOf.toISOString();
  let zone = places.stateZone(input.state);
  if (zone === undefined) {
    return err({
      kind: 'UnknownPlace',
      field: 'place.state',
      rules: [],
      instant,
      message: `place.state: no state or territory ${input.state}`,
    });
  }
  if (input.countyFips !== null) {
    const county = places.county(input.countyFips);
    if (!county || county.state !== input.state) {
      return err({
        kind: 'UnknownPlace',
        field: 'place.countyFips',
        rules: [],
        instant,
        message: `place.countyFips: no county ${input.countyFips} in ${input.state}`,
      });
    }
    zone = county.zone;
  }
  const date = localDate(input.asOf, zone);
  const edition = findEdition(input.request.form, input.request.formEdition, date);
  if (!edition) {
    const named = input.request.formEdition;
    return err({
      kind: 'UnknownForm',
      field: named === null ? 'request.form' : 'request.formEdition',
      form: input.request.form,
      edition: named,
      rules: [],
      instant,
      message:
        named === null
          ? `request.form: no edition of ${input.request.form} was in use on ${date}; name the edition in request.formEdition`
          : `request.formEdition: ${input.request.form} has no edition ${named} in the form catalogue (its editions: ${FORM_CATALOGUE.filter(
              (e) => e.form === input.request.form,
            )
              .map((e) => e.edition)
              .join(', ')})`,
    });
  }
  return ok({ zone, localDate: date, edition, editionFrom: named(input.request.formEdition) });
}

function named(edition: string | null): 'input' | 'in-use-on-date' {
  return edition === null ? 'in-use-on-date' : 'input';
}
