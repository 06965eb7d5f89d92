import type { ProfileId } from './person-profiles.js';
import type { Action } from './policy.types.js';

/**
 * The words the plain-language summary is built from, in English and Spanish. Each language builds
 * its sentences from the same decision with its own grammar (no sentence is translated whole).
 */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** Who a profile is: one person (with a pronoun later in the sentence) or several. */
export const PROFILE_WORDS: Readonly<Record<ProfileId, Readonly<Record<Lang, { one: string; many: string }>>>> = {
  'no-record': {
    en: { one: 'a person with no criminal record', many: 'people with no criminal record' },
    es: { one: 'una persona sin antecedentes penales', many: 'personas sin antecedentes penales' },
  },
  'pending-misdemeanor': {
    en: { one: 'a person with a pending misdemeanour charge', many: 'people with a pending misdemeanour charge' },
    es: {
      one: 'una persona con un cargo pendiente por un delito menor',
      many: 'personas con un cargo pendiente por un delito menor',
    },
  },
  'serious-felony': {
    en: {
      one: 'a person convicted of a serious or violent felony',
      many: 'people convicted of a serious or violent felony',
    },
    es: {
      one: 'una persona condenada por un delito grave o violento',
      many: 'personas condenadas por un delito grave o violento',
    },
  },
  'lawful-status': {
    en: {
      one: 'a person who has shown proof of lawful status',
      many: 'people who have shown proof of lawful status',
    },
    es: {
      one: 'una persona que ha demostrado su estatus migratorio legal',
      many: 'personas que han demostrado su estatus migratorio legal',
    },
  },
};

/** Each action as a verb phrase around its object (`them` is the pronoun form for one person). */
export const ACTION_WORDS: Readonly<Record<Action, Readonly<Record<Lang, (who: string) => string>>>> = {
  hold: {
    en: (who) => `hold ${who} on an ICE detainer`,
    es: (who) => `retener a ${who} por una solicitud de retención (detainer) de ICE`,
  },
  notify: {
    en: (who) => `tell ICE the release date of ${who}`,
    es: (who) => `informar a ICE de la fecha de salida de ${who}`,
  },
  transfer: {
    en: (who) => `hand ${who} over to ICE`,
    es: (who) => `entregar a ${who} a ICE`,
  },
};

/** The same actions said of a person already named ("hold them"). */
export const ACTION_PRONOUN: Readonly<Record<Action, Readonly<Record<Lang, string>>>> = {
  hold: { en: 'hold them on an ICE detainer', es: 'retenerla por una solicitud de retención (detainer) de ICE' },
  notify: { en: 'tell ICE their release date', es: 'informar a ICE de su fecha de salida' },
  transfer: { en: 'hand them over to ICE', es: 'entregarla a ICE' },
};

/** Everybody, by what the law says of them (English "anyone", Spanish "nadie" after a negation). */
export const EVERYONE: Readonly<Record<'required' | 'permitted' | 'forbidden', Readonly<Record<Lang, string>>>> = {
  required: { en: 'everyone', es: 'todas las personas' },
  permitted: { en: 'anyone', es: 'cualquier persona' },
  forbidden: { en: 'anyone', es: 'nadie' },
};

export const MODAL: Readonly<Record<'required' | 'permitted' | 'forbidden', Readonly<Record<Lang, string>>>> = {
  required: { en: 'must', es: 'debe' },
  permitted: { en: 'may', es: 'puede' },
  forbidden: { en: 'may not', es: 'no puede' },
};

/** The facts a profile could leave unknown, as a reader would name what decides. */
export const FACT_WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  'subject.proofOfLawfulStatus': {
    en: 'whether the person has shown proof of citizenship or lawful status',
    es: 'de si la persona ha demostrado su ciudadanía o estatus migratorio legal',
  },
  'subject.registrant': {
    en: 'whether the person is on the sex and arson registry',
    es: 'de si la persona figura en el registro de delitos sexuales e incendios',
  },
  'subject.federalFelonyWarrant': {
    en: 'whether a federal felony arrest warrant is outstanding',
    es: 'de si hay una orden federal de arresto por un delito grave pendiente',
  },
  'subject.terroristWatchListMatch': {
    en: 'whether the person may match the terrorist watch list',
    es: 'de si la persona puede coincidir con la lista de vigilancia terrorista',
  },
  'subject.removedAndReentered': {
    en: 'whether the person was deported and re-entered unlawfully',
    es: 'de si la persona fue deportada y volvió a entrar ilegalmente',
  },
  'subject.instantArrestDate': {
    en: 'the date of the arrest the person is held on',
    es: 'de la fecha del arresto por el que la persona está detenida',
  },
  'subject.convictions.releasedFromIncarceration': {
    en: 'when the person was released from prison or jail for a conviction',
    es: 'de cuándo la persona salió de prisión o de la cárcel por una condena',
  },
  'subject.convictions': { en: "the person's convictions", es: 'de las condenas de la persona' },
  'subject.pendingCharges': { en: "the person's pending charges", es: 'de los cargos pendientes de la persona' },
  'subject.warrantGangOrRemovalOrder': {
    en: 'whether the person has an outstanding criminal warrant, is identified as a known gang member, or has a removal warrant or order',
    es: 'de si la persona tiene una orden de arresto penal pendiente, figura como miembro conocido de una pandilla o tiene una orden de expulsión',
  },
};

export function factWords(fact: string, lang: Lang): string {
  return FACT_WORDS[fact]?.[lang] ?? (lang === 'en' ? fact : `de ${fact}`);
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** "Today" or "On 1 June 2014" / "Hoy" or "El 1 de junio de 2014". */
export function whenWords(localDate: string, today: boolean, lang: Lang): string {
  if (today) return lang === 'en' ? 'Today' : 'Hoy';
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const name = MONTHS[lang][month - 1]!;
  return lang === 'en' ? `On ${day} ${name} ${year}` : `El ${day} de ${name} de ${year}`;
}

/** "A, B or C" / "A, B o C". */
export function orList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const or = lang === 'en' ? ' or ' : ' o ';
  return `${items.slice(0, -1).join(', ')}${or}${items[items.length - 1]}`;
}

/** How the place is named in a sentence: "Alameda County, California" / "el condado de Alameda (California)". */
export function placeWords(
  place: { readonly stateName: string; readonly countyName: string | null; readonly stateFips: string },
  lang: Lang,
): string {
  const { stateName, countyName, stateFips } = place;
  if (countyName === null) return stateName;
  // Louisiana has parishes; Alaska, Virginia's independent cities, DC and the territories have no "County".
  if (stateFips === '22')
    return lang === 'en' ? `${countyName} Parish, ${stateName}` : `la parroquia de ${countyName} (${stateName})`;
  if (['02', '11', '51', '60', '66', '69', '72', '78'].includes(stateFips)) {
    return lang === 'en' ? `${countyName}, ${stateName}` : `${countyName} (${stateName})`;
  }
  return lang === 'en' ? `${countyName} County, ${stateName}` : `el condado de ${countyName} (${stateName})`;
}
