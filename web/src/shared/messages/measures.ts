import type { Messages } from './message';

/** Slice "measures" (issue 12, point 6): both sides' measures on the place pages, and the methodology page /about/data. */
export const MEASURES_MESSAGES = {
  // The place pages' section
  'measures.heading': { en: 'Measures cited in the public debate', es: 'Medidas citadas en el debate público' },
  'measures.intro': {
    en:
      'Declined detainers, and what the records show followed them, are the figures cited by those who ask local ' +
      'jails to cooperate more with ICE; detainers ICE lifted because the person was a U.S. citizen or could not ' +
      'be deported, and detainers for people with no criminal conviction, are the figures cited by those who ask ' +
      'for less. They come from the same records and count different things, so they are not alternatives and ' +
      'neither adds up to the other.',
    es:
      'Los detainers rechazados, y lo que según los registros los siguió, son las cifras que citan quienes piden ' +
      'que las cárceles locales cooperen más con ICE; los detainers que ICE retiró porque la persona era ' +
      'ciudadana de EE. UU. o no podía ser deportada, y los detainers de personas sin condena penal, son las ' +
      'cifras que citan quienes piden menos. Salen de los mismos registros y cuentan cosas distintas: no son ' +
      'alternativas y ninguna suma a la otra.',
  },
  'measures.methodology': {
    en: 'How each measure is defined, and the known flaws of the sources',
    es: 'Cómo se define cada medida, y los defectos conocidos de las fuentes',
  },
  'measures.chart.followed': {
    en: 'Detainers declined by the local agency per fiscal year, by what the records show followed',
    es: 'Detainers rechazados por la agencia local por año fiscal, según lo que los registros muestran que siguió',
  },
  'measures.chart.lifted': {
    en: 'Detainers ICE lifted because the person was a U.S. citizen, claimed to be one, or was not subject to removal',
    es: 'Detainers que ICE retiró porque la persona era ciudadana de EE. UU., afirmó serlo o no estaba sujeta a expulsión',
  },
  'measures.untraceable': {
    en: 'This release does not name the person on its records, so what followed a declined detainer cannot be traced in it: the chart counts the declines only.',
    es: 'Esta publicación no identifica a la persona en sus registros, así que lo que siguió a un detainer rechazado no puede rastrearse en ella: el gráfico solo cuenta los rechazos.',
  },
  'measures.chart.noConviction': {
    en: 'Detainers for people with no criminal conviction per fiscal year, as the release records criminality',
    es: 'Detainers de personas sin condena penal por año fiscal, según los antecedentes que registra la publicación',
  },
  'measures.noConviction.notRecorded': {
    en: "This release does not record whether the person had a criminal conviction (ICE's FOIA exports of the NPR/TRAC era have no such column), so this measure cannot be counted from it.",
    es: 'Esta publicación no registra si la persona tenía una condena penal (las exportaciones FOIA de ICE de la época NPR/TRAC no tienen esa columna), así que esta medida no puede contarse con ella.',
  },
  'measures.criminality.convicted': {
    en: 'Convicted of a crime',
    es: 'Condenado por un delito',
  },
  'measures.criminality.pending-charges': {
    en: 'Pending criminal charges, no conviction',
    es: 'Cargos penales pendientes, sin condena',
  },
  'measures.criminality.no-criminal-record': {
    en: 'Other immigration violator (no conviction, no charges)',
    es: 'Otro infractor migratorio (sin condena ni cargos)',
  },
  'measures.followed.later-transferred-to-ice': {
    en: 'A later detainer: booked into ICE detention',
    es: 'Un detainer posterior: ingresado bajo custodia de ICE',
  },
  'measures.followed.later-declined-by-agency': {
    en: 'A later detainer: declined again',
    es: 'Un detainer posterior: rechazado otra vez',
  },
  'measures.followed.later-lifted-by-ice': {
    en: 'A later detainer: lifted by ICE',
    es: 'Un detainer posterior: retirado por ICE',
  },
  'measures.followed.later-released': {
    en: 'A later detainer: person released',
    es: 'Un detainer posterior: persona puesta en libertad',
  },
  'measures.followed.later-reissued': {
    en: 'A later detainer: re-issued (duplicate or new form)',
    es: 'Un detainer posterior: reemitido (duplicado o formulario nuevo)',
  },
  'measures.followed.later-other': { en: 'A later detainer: other end', es: 'Un detainer posterior: otro final' },
  'measures.followed.later-pending': {
    en: 'A later detainer: pending or not recorded',
    es: 'Un detainer posterior: pendiente o sin registrar',
  },
  'measures.followed.no-later-detainer': {
    en: 'No later detainer for the person in this release',
    es: 'Ningún detainer posterior de la persona en esta publicación',
  },
  'measures.followed.untraceable': {
    en: 'Cannot be traced in this release (no person key)',
    es: 'No puede rastrearse en esta publicación (sin clave de persona)',
  },
  'measures.lifted.usc-interviewed': {
    en: 'U.S. citizen (interviewed)',
    es: 'Ciudadano de EE. UU. (entrevistado)',
  },
  'measures.lifted.usc-claim': {
    en: 'Claimed or presumed U.S. citizenship',
    es: 'Ciudadanía de EE. UU. alegada o presunta',
  },
  'measures.lifted.not-removable': {
    en: 'Not subject to removal',
    es: 'No sujeto a expulsión',
  },

  // The methodology page /about/data
  'about.title': {
    en: 'About the data: every measure, its sources and their known flaws',
    es: 'Sobre los datos: cada medida, sus fuentes y sus defectos conocidos',
  },
  'about.intro': {
    en: "Every figure on the portal counts ICE's own detainer records from a FOIA release imported as published. This page defines each measure, names the releases and the sources, and says what is known to be wrong or missing in them. Figures are never added up across releases: releases overlap in time.",
    es: 'Cada cifra del portal cuenta los registros de detainers del propio ICE de una publicación FOIA importada tal como se publicó. Esta página define cada medida, nombra las publicaciones y las fuentes, y dice qué se sabe que está mal o falta en ellas. Las cifras nunca se suman entre publicaciones: las publicaciones se solapan en el tiempo.',
  },
  'about.measures': { en: 'The measures', es: 'Las medidas' },
  'about.m.outcomes': { en: 'Detainers by outcome', es: 'Detainers según su resultado' },
  'about.m.outcomes.def': {
    en: "Each record's lift reason, as ICE recorded it, mapped to one outcome by the table below. An empty lift reason means the detainer was still pending, or no paper was filed with ICE. A reason not in the table counts as Other; capitals and spaces do not matter. Re-issues (a duplicate record, or a new form superseding one) are not new detainers: they are left out of the counts unless asked for.",
    es: 'El motivo de retirada de cada registro, tal como lo anotó ICE, asignado a un resultado por la tabla de abajo. Un motivo vacío significa que el detainer seguía pendiente o que no se presentó papel a ICE. Un motivo que no está en la tabla cuenta como Otro; las mayúsculas y los espacios no importan. Las reemisiones (un registro duplicado, o un formulario nuevo que sustituye a otro) no son detainers nuevos: no se cuentan salvo que se pida.',
  },
  'about.table.reason': { en: "ICE's lift reason", es: 'Motivo de retirada de ICE' },
  'about.table.outcome': { en: 'Outcome shown', es: 'Resultado mostrado' },
  'about.table.empty': { en: '(empty)', es: '(vacío)' },
  'about.table.caption': {
    en: 'How lift reasons map to outcomes',
    es: 'Cómo se asignan los motivos de retirada a los resultados',
  },
  'about.m.declined': { en: 'Declined by the agency', es: 'Rechazados por la agencia' },
  'about.m.declined.def': {
    en: 'Records whose lift reason is "Detainer Declined by LEA": ICE recorded that the local law-enforcement agency did not honour the detainer. ICE\'s own caveat: agencies "do not generally advise ICE of when a detainer is not honored", so declines are undercounted by an unknown amount.',
    es: 'Registros cuyo motivo de retirada es «Detainer Declined by LEA»: ICE anotó que la agencia policial local no atendió el detainer. La advertencia del propio ICE: las agencias «por lo general no avisan a ICE cuando no se atiende un detainer», así que los rechazos están infracontados en una cantidad desconocida.',
  },
  'about.m.followed': {
    en: 'What the records show followed a decline',
    es: 'Lo que los registros muestran que siguió a un rechazo',
  },
  'about.m.followed.def': {
    en: 'Only a release that names its person (a pseudonymous key, as the Deportation Data Project\'s releases do) can say it. For each declined detainer, the importer looks for the same person\'s first detainer prepared more than 24 hours later in the same release (nearer ones are re-issues of the same request) and records how that later detainer ended: booked into ICE detention, declined again, lifted, released, other, or pending. "No later detainer" means none in this release, whose records end on a date, not that nothing happened. A release without person keys (the NPR/TRAC-era exports) cannot trace anyone: its declines are shown as "cannot be traced", never as zero. The key is used during the import only and never stored.',
    es: 'Solo una publicación que identifica a su persona (con una clave seudónima, como las del Deportation Data Project) puede decirlo. Para cada detainer rechazado, el importador busca el primer detainer de la misma persona preparado más de 24 horas después en la misma publicación (los más cercanos son reemisiones de la misma solicitud) y anota cómo terminó ese detainer posterior: ingreso bajo custodia de ICE, rechazado otra vez, retirado, puesta en libertad, otro o pendiente. «Ningún detainer posterior» significa ninguno en esta publicación, cuyos registros terminan en una fecha, no que no pasara nada. Una publicación sin claves de persona (las exportaciones de la época NPR/TRAC) no puede rastrear a nadie: sus rechazos se muestran como «no puede rastrearse», nunca como cero. La clave solo se usa durante la importación y nunca se guarda.',
  },
  'about.m.lifted': {
    en: 'Lifted: U.S. citizen or not subject to removal',
    es: 'Retirados: ciudadano de EE. UU. o no sujeto a expulsión',
  },
  'about.m.lifted.def': {
    en: 'Records whose lift reason is "United States Citizen Interviewed", "USC or Presumptive Claim to US Citizenship" (the person was, or claimed to be, a U.S. citizen) or "Alien Not Subject to Deportation" (ICE found the person could not be removed), each counted apart.',
    es: 'Registros cuyo motivo de retirada es «United States Citizen Interviewed», «USC or Presumptive Claim to US Citizenship» (la persona era, o afirmó ser, ciudadana de EE. UU.) o «Alien Not Subject to Deportation» (ICE concluyó que la persona no podía ser expulsada), cada uno contado aparte.',
  },
  'about.m.noConviction': { en: 'No criminal conviction', es: 'Sin condena penal' },
  'about.m.noConviction.def': {
    en: "Only a release with a column of the person's criminality (e.g. the Deportation Data Project's Detainer_Prepared_Criminality: convicted, pending charges, other immigration violator) can say it. People with no conviction are those with pending charges and the other immigration violators; a redacted or unrecognised value counts in neither. The NPR/TRAC-era exports have no such column, and the place pages say so.",
    es: 'Solo una publicación con una columna sobre los antecedentes penales de la persona (p. ej., Detainer_Prepared_Criminality del Deportation Data Project: condenado, cargos pendientes, otro infractor migratorio) puede decirlo. Las personas sin condena son las que tienen cargos pendientes y los otros infractores migratorios; un valor tachado o no reconocido no cuenta en ninguno. Las exportaciones de la época NPR/TRAC no tienen esa columna, y las páginas de lugar lo dicen.',
  },
  'about.m.forms': { en: 'Form mix', es: 'Formularios' },
  'about.m.forms.def': {
    en: 'The request form as recorded (I247, I247D, I247N, I-247A, ...). The NPR export records it only from 2013: earlier records show it as unknown, which is not a form.',
    es: 'El formulario de solicitud tal como se anotó (I247, I247D, I247N, I-247A, ...). La exportación de NPR solo lo anota desde 2013: los registros anteriores lo muestran como desconocido, que no es un formulario.',
  },
  'about.m.facilities': { en: 'Facilities and places', es: 'Centros y lugares' },
  'about.m.facilities.def': {
    en: "Records name the facility the detainer went to. A facility is placed in a county from its city and state (the county holding most of the place's ZIP codes), so a county's counts are those of facilities located in it; facilities that could not be placed count for their state only.",
    es: 'Los registros nombran el centro al que se dirigió el detainer. Un centro se ubica en un condado por su ciudad y estado (el condado con la mayoría de los códigos postales del lugar), así que los recuentos de un condado son los de los centros situados en él; los centros que no pudieron ubicarse cuentan solo para su estado.',
  },
  'about.m.fiscalYear': { en: 'Fiscal year', es: 'Año fiscal' },
  'about.m.fiscalYear.def': {
    en: 'The US federal fiscal year of the prepare date, October to September: FY2014 runs from October 1, 2013 to September 30, 2014.',
    es: 'El año fiscal federal de EE. UU. de la fecha de preparación, de octubre a septiembre: el año fiscal 2014 va del 1 de octubre de 2013 al 30 de septiembre de 2014.',
  },
  'about.releases': { en: 'The imported releases', es: 'Las publicaciones importadas' },
  'about.releases.caption': {
    en: 'Every release the figures come from, from the API',
    es: 'Cada publicación de la que salen las cifras, desde la API',
  },
  'about.col.release': { en: 'Release', es: 'Publicación' },
  'about.col.dataset': { en: 'Dataset', es: 'Conjunto' },
  'about.col.file': { en: 'File', es: 'Archivo' },
  'about.col.sha': { en: 'SHA-256', es: 'SHA-256' },
  'about.col.imported': { en: 'Imported', es: 'Importada' },
  'about.col.records': { en: 'Records', es: 'Registros' },
  'about.synthetic': { en: 'synthetic (generated, not ICE data)', es: 'sintético (generado, no son datos de ICE)' },
  'about.sources': { en: 'Sources', es: 'Fuentes' },
  'about.src.npr': {
    en: "ICE's FOIA release of every detainer issued to local agencies, Oct. 2007 to July 2015, as cleaned by NPR",
    es: 'La publicación FOIA de ICE de todos los detainers emitidos a agencias locales, de oct. 2007 a julio 2015, depurada por NPR',
  },
  'about.src.pa': {
    en: "The same FOIA data for Pennsylvania's facilities (pa_detainers.csv)",
    es: 'Los mismos datos FOIA para los centros de Pensilvania (pa_detainers.csv)',
  },
  'about.src.ddp': {
    en: 'The Deportation Data Project: person-level ICE detainer data (CC0)',
    es: 'El Deportation Data Project: datos de detainers de ICE a nivel de persona (CC0)',
  },
  'about.src.trac511': {
    en: 'TRAC report 511 (data through Nov. 2017)',
    es: 'Informe 511 de TRAC (datos hasta nov. 2017)',
  },
  'about.src.trac370': {
    en: 'TRAC report 370 (data through Mar. 2014)',
    es: 'Informe 370 de TRAC (datos hasta mar. 2014)',
  },
  'about.src.ddor': {
    en: "ICE's Declined Detainer Outcome Report and its caveat",
    es: 'El Declined Detainer Outcome Report de ICE y su advertencia',
  },
  'about.src.cis': {
    en: "Center for Immigration Studies (Vaughan, May 2014) on ICE's own releases from detention, FY2013",
    es: 'Center for Immigration Studies (Vaughan, mayo de 2014) sobre las liberaciones de la propia detención de ICE, año fiscal 2013',
  },
  'about.flaws': { en: 'Known flaws', es: 'Defectos conocidos' },
  'about.flaw.undercount': {
    en: "Declines are undercounted: agencies rarely tell ICE when they decline a detainer (ICE's caveat to its Declined Detainer Outcome Report, which it suspended in April 2017 after data errors).",
    es: 'Los rechazos están infracontados: las agencias rara vez avisan a ICE cuando rechazan un detainer (advertencia de ICE a su Declined Detainer Outcome Report, que suspendió en abril de 2017 por errores en los datos).',
  },
  'about.flaw.disagree': {
    en: 'Releases disagree: TRAC counts 276,181 detainers in FY2012 from the release of Nov. 2017 (report 511) and 273,982 from the release of Mar. 2014 (report 370). Every figure here names its release.',
    es: 'Las publicaciones no coinciden: TRAC cuenta 276.181 detainers en el año fiscal 2012 con la publicación de nov. 2017 (informe 511) y 273.982 con la de mar. 2014 (informe 370). Cada cifra de aquí nombra su publicación.',
  },
  'about.flaw.redactions': {
    en: 'Redactions: FOIA exemption markers such as (b)(6) stand where a value was withheld; the importer reads them as missing and counts them per column in the import report.',
    es: 'Tachaduras: marcas de exención FOIA como (b)(6) ocupan el lugar de un valor retenido; el importador las lee como ausentes y las cuenta por columna en el informe de importación.',
  },
  'about.flaw.duplicates': {
    en: "Duplicate re-issues: ICE sometimes issues the same detainer again. In a release with person keys, a record of the same person prepared within 24 hours of that person's previous one is flagged as a likely duplicate (the Deportation Data Project's rule); flagged records are still counted, as published.",
    es: 'Reemisiones duplicadas: ICE a veces vuelve a emitir el mismo detainer. En una publicación con claves de persona, un registro de la misma persona preparado dentro de las 24 horas del anterior de esa persona se marca como probable duplicado (la regla del Deportation Data Project); los registros marcados se siguen contando, tal como se publicaron.',
  },
  'about.flaw.forms': {
    en: 'The NPR export records the request form only from 2013; earlier form counts are unknown, not zero.',
    es: 'La exportación de NPR solo anota el formulario de solicitud desde 2013; los recuentos anteriores de formularios son desconocidos, no cero.',
  },
  'about.flaw.releases': {
    en: "ICE's own releases from its detention (for example the 36,007 people with convictions released in FY2013 that the Center for Immigration Studies cites) are a different measure from declined detainers and are not counted here.",
    es: 'Las liberaciones de la propia detención de ICE (por ejemplo, las 36.007 personas con condenas liberadas en el año fiscal 2013 que cita el Center for Immigration Studies) son una medida distinta de los detainers rechazados y no se cuentan aquí.',
  },
  'about.flaw.synthetic': {
    en: 'The demo release is synthetic: generated from published aggregates, with made-up facilities. Every chart that uses it says so.',
    es: 'La publicación de demostración es sintética: generada a partir de agregados publicados, con centros inventados. Cada gráfico que la usa lo dice.',
  },
} as const satisfies Messages;
