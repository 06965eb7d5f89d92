import type { Messages } from './message';

/** The place pages (issue 12, place slice): the plain-language summary and ICE's numbers. */
export const PLACE_PAGE_MESSAGES = {
  'summary.heading': { en: 'The law here, in plain words', es: 'La ley aquí, en palabras sencillas' },
  'summary.byProfile': { en: 'Person by person', es: 'Persona por persona' },
  'summary.request': {
    en: 'For the ordinary request of that day: form {form} ({edition}), {warrant}, a final order of removal as probable cause; a county jail.',
    es: 'Para la solicitud ordinaria de ese día: formulario {form} ({edition}), {warrant}, una orden final de expulsión como causa probable; una cárcel de condado.',
  },
  'summary.warrant.none': { en: 'no warrant', es: 'sin orden' },
  'summary.warrant.administrative': {
    en: 'with an administrative warrant (I-200 or I-205)',
    es: 'con una orden administrativa (I-200 o I-205)',
  },
  'summary.warrant.judicial': { en: "with a judge's warrant", es: 'con una orden judicial' },
  'summary.noRequest': {
    en: 'No detainer form was in use that day.',
    es: 'Ese día no se usaba ningún formulario de detainer.',
  },
  'summary.generated': {
    en: "Generated from the law library's decisions and the deciding rules' citations, not written by hand. Information, not legal advice.",
    es: 'Generado a partir de las decisiones de la biblioteca de leyes y de las citas de las normas que deciden; no está escrito a mano. Es información, no asesoramiento legal.',
  },

  'stats.heading': { en: "ICE's numbers", es: 'Las cifras de ICE' },
  'stats.intro': {
    en: "Counts of ICE's own detainer records for this place, from the imported FOIA releases. Records name the facility's place, so a county's counts are those of facilities located in it.",
    es: 'Recuentos de los registros de detainers del propio ICE para este lugar, de las publicaciones FOIA importadas. Los registros nombran el lugar del centro, así que los recuentos de un condado son los de los centros situados en él.',
  },
  'stats.release': { en: 'Data release', es: 'Publicación de datos' },
  'stats.overlap': {
    en: 'Releases that cover the same months ({pairs}) hold many of the same detainers: the charts show one release at a time, never their sum.',
    es: 'Las publicaciones que cubren los mismos meses ({pairs}) contienen muchos de los mismos detainers: los gráficos muestran una publicación a la vez, nunca su suma.',
  },
  'stats.noReleases': {
    en: 'No FOIA release has been imported yet (see the README, "Public data: imports").',
    es: 'Aún no se ha importado ninguna publicación FOIA (véase el README, «Public data: imports»).',
  },
  'stats.empty': {
    en: 'No records for this place in this release.',
    es: 'No hay registros de este lugar en esta publicación.',
  },
  'stats.synthetic': {
    en: "Synthetic data (a generated demo release), not ICE's records",
    es: 'Datos sintéticos (una publicación de demostración generada), no registros de ICE',
  },
  'stats.chart.outcomes': {
    en: 'Detainers per fiscal year, by outcome',
    es: 'Detainers por año fiscal, según su resultado',
  },
  'stats.chart.declined': {
    en: 'Detainers declined by the local agency, per fiscal year',
    es: 'Detainers rechazados por la agencia local, por año fiscal',
  },
  'stats.chart.forms': { en: 'Request forms per fiscal year', es: 'Formularios de solicitud por año fiscal' },
  'stats.chart.facilities': { en: 'Facilities with the most detainers', es: 'Centros con más detainers' },
  'stats.showTable': { en: 'Show the data table', es: 'Mostrar la tabla de datos' },
  'stats.showChart': { en: 'Show the chart', es: 'Mostrar el gráfico' },
  'stats.downloadCsv': { en: 'Download CSV', es: 'Descargar CSV' },
  'stats.downloadJson': { en: 'Download JSON', es: 'Descargar JSON' },
  'stats.apiUrl': { en: 'API URL of these counts', es: 'URL de la API de estos recuentos' },
  'stats.source': {
    en: 'Source: {release} ({file}), SHA-256 {sha}, imported {date}, {count} records in the release.',
    es: 'Fuente: {release} ({file}), SHA-256 {sha}, importada el {date}, {count} registros en la publicación.',
  },
  'stats.lawMarks': {
    en: 'Changes in the law, marked on the time charts',
    es: 'Cambios en la ley, marcados en los gráficos temporales',
  },
  'stats.alt.years': {
    en: '{title}: fiscal years {from} to {to}, {total} detainers in all; the most in FY{peak} ({peakCount}).',
    es: '{title}: años fiscales {from} a {to}, {total} detainers en total; el máximo en el año fiscal {peak} ({peakCount}).',
  },
  'stats.alt.facilities': {
    en: '{title}: {count} facilities; the first, {first}, with {firstCount}.',
    es: '{title}: {count} centros; el primero, {first}, con {firstCount}.',
  },
  'stats.repealed': { en: 'repealed', es: 'derogada' },
  'stats.fy': { en: 'FY{year}', es: 'AF{year}' },
  'stats.col.fiscalYear': { en: 'Fiscal year', es: 'Año fiscal' },
  'stats.col.total': { en: 'Total', es: 'Total' },
  'stats.col.facility': { en: 'Facility', es: 'Centro' },
  'stats.col.city': { en: 'City', es: 'Ciudad' },
  'stats.col.code': { en: 'ICE facility code', es: 'Código del centro (ICE)' },
  'stats.col.alsoWritten': { en: 'Also written', es: 'También escrito' },
  'stats.alsoWritten': { en: 'also written: {names}', es: 'también escrito: {names}' },
  'stats.releaseRange': { en: '{from} to {to}', es: '{from} a {to}' },
  'stats.col.count': { en: 'Detainers', es: 'Detainers' },
  'stats.col.unknown': { en: 'Unknown', es: 'Desconocido' },
  'stats.outcome.transferred-to-ice': { en: 'Transferred to ICE', es: 'Entregado a ICE' },
  'stats.outcome.declined-by-agency': { en: 'Declined by the agency', es: 'Rechazado por la agencia' },
  'stats.outcome.lifted-by-ice': { en: 'Lifted by ICE', es: 'Retirado por ICE' },
  'stats.outcome.released': { en: 'Released', es: 'Puesto en libertad' },
  'stats.outcome.reissued': { en: 'Re-issued', es: 'Reemitido' },
  'stats.outcome.other': { en: 'Other', es: 'Otro' },
  'stats.outcome.pending': { en: 'Pending or not recorded', es: 'Pendiente o sin registrar' },
} as const satisfies Messages;
