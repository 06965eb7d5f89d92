import type { Messages } from './message';

/** The data explorer (/data, issue 12 point 4): groupings, filters, releases and their overlaps. */
export const EXPLORER_MESSAGES = {
  'data.title': { en: "Explore ICE's detainer records", es: 'Explorar los registros de detainers de ICE' },
  'data.intro': {
    en:
      "Count ICE's own detainer records, from the FOIA releases imported here, by the groupings and filters you " +
      'choose. Every view has its own address; the table, the downloads and the API URL hold exactly what is shown.',
    es:
      'Cuente los registros de detainers del propio ICE, de las publicaciones FOIA importadas aquí, según las ' +
      'agrupaciones y filtros que elija. Cada vista tiene su propia dirección; la tabla, las descargas y la URL de ' +
      'la API contienen exactamente lo que se muestra.',
  },
  'data.controls': { en: 'What to count', es: 'Qué contar' },
  'data.groupBy': { en: 'Group by', es: 'Agrupar por' },
  'data.thenBy': { en: 'Then by', es: 'Y luego por' },
  'data.none': { en: '(nothing)', es: '(nada)' },
  'data.any': { en: 'Any', es: 'Cualquiera' },
  'data.filters': { en: 'Filters', es: 'Filtros' },
  'data.period': { en: 'Period', es: 'Período' },
  'data.fiscalYear': { en: 'Fiscal year', es: 'Año fiscal' },
  'data.from': { en: 'From (prepare date)', es: 'Desde (fecha de preparación)' },
  'data.to': { en: 'To (prepare date)', es: 'Hasta (fecha de preparación)' },
  'data.fyWins': {
    en: 'A fiscal year, when chosen, sets the dates (October 1 to September 30).',
    es: 'Un año fiscal, si se elige, fija las fechas (del 1 de octubre al 30 de septiembre).',
  },
  'data.show': { en: 'Show', es: 'Mostrar' },
  'data.reset': { en: 'Start again', es: 'Empezar de nuevo' },
  'data.loadingChoices': { en: 'loading the choices…', es: 'cargando las opciones…' },

  'data.dim.fiscalYear': { en: 'Fiscal year', es: 'Año fiscal' },
  'data.dim.year': { en: 'Calendar year', es: 'Año natural' },
  'data.dim.month': { en: 'Month', es: 'Mes' },
  'data.dim.state': { en: 'State', es: 'Estado' },
  'data.dim.county': { en: 'County', es: 'Condado' },
  'data.dim.facility': { en: 'Facility', es: 'Centro' },
  'data.dim.outcome': { en: 'Outcome', es: 'Resultado' },
  'data.dim.liftReason': { en: 'Lift reason', es: 'Motivo de retirada' },
  'data.dim.form': { en: 'Request form', es: 'Formulario de solicitud' },
  'data.dim.followed': { en: 'What followed a decline', es: 'Lo que siguió a un rechazo' },
  'data.dim.criminality': { en: 'Criminality (where recorded)', es: 'Antecedentes penales (si constan)' },
  'data.value.notDecline': { en: 'Not a decline', es: 'No es un rechazo' },
  'data.value.notRecorded': { en: 'Not recorded in the release', es: 'No consta en la publicación' },
  'data.dim.citizenship': { en: 'Citizenship country', es: 'País de nacionalidad' },
  'data.dim.usCitizen': {
    en: 'Lifted as a U.S. citizen (lift reason)',
    es: 'Retirado por ciudadanía estadounidense (motivo)',
  },
  'data.dim.convictionCategory': { en: 'Most serious conviction (NCIC group)', es: 'Condena más grave (grupo NCIC)' },
  'data.dim.aor': { en: 'ICE area of responsibility', es: 'Área de responsabilidad de ICE' },
  'data.value.usCitizen': {
    en: 'Lifted: U.S. citizen or claim to citizenship',
    es: 'Retirado: ciudadano estadounidense o reclamo de ciudadanía',
  },
  'data.value.notUsCitizen': { en: 'Not lifted for U.S. citizenship', es: 'No retirado por ciudadanía estadounidense' },
  'data.notRecordedBy': {
    en: '{dim}: {releases} does not record it; its records count as "not recorded", never as a category.',
    es: '{dim}: {releases} no lo registra; sus registros cuentan como «no consta», nunca como una categoría.',
  },
  'data.conviction.sovereignty': { en: 'Sovereignty (treason, espionage…)', es: 'Soberanía (traición, espionaje…)' },
  'data.conviction.military': { en: 'Military', es: 'Militares' },
  'data.conviction.immigration': { en: 'Immigration', es: 'Inmigración' },
  'data.conviction.homicide': { en: 'Homicide', es: 'Homicidio' },
  'data.conviction.kidnapping': { en: 'Kidnapping', es: 'Secuestro' },
  'data.conviction.sexual-assault': { en: 'Sexual assault', es: 'Agresión sexual' },
  'data.conviction.robbery': { en: 'Robbery', es: 'Robo con violencia' },
  'data.conviction.assault': { en: 'Assault', es: 'Agresión' },
  'data.conviction.abortion': { en: 'Abortion', es: 'Aborto' },
  'data.conviction.arson': { en: 'Arson', es: 'Incendio provocado' },
  'data.conviction.extortion': { en: 'Extortion', es: 'Extorsión' },
  'data.conviction.burglary': { en: 'Burglary', es: 'Allanamiento con robo' },
  'data.conviction.larceny': { en: 'Larceny (theft)', es: 'Hurto' },
  'data.conviction.stolen-vehicle': { en: 'Stolen vehicle', es: 'Vehículo robado' },
  'data.conviction.forgery': { en: 'Forgery and counterfeiting', es: 'Falsificación' },
  'data.conviction.fraud': { en: 'Fraud', es: 'Fraude' },
  'data.conviction.embezzlement': { en: 'Embezzlement', es: 'Malversación' },
  'data.conviction.stolen-property': { en: 'Stolen property', es: 'Bienes robados' },
  'data.conviction.damage-property': { en: 'Damage to property', es: 'Daños a la propiedad' },
  'data.conviction.dangerous-drugs': { en: 'Dangerous drugs', es: 'Drogas peligrosas' },
  'data.conviction.sex-offenses': { en: 'Sex offenses', es: 'Delitos sexuales' },
  'data.conviction.obscenity': { en: 'Obscenity', es: 'Obscenidad' },
  'data.conviction.family-offenses': { en: 'Family offenses', es: 'Delitos contra la familia' },
  'data.conviction.gambling': { en: 'Gambling', es: 'Juego ilegal' },
  'data.conviction.commercialized-sex': { en: 'Commercialized sex', es: 'Comercio sexual' },
  'data.conviction.liquor': { en: 'Liquor', es: 'Bebidas alcohólicas' },
  'data.conviction.obstructing-police': { en: 'Obstructing the police', es: 'Obstrucción a la policía' },
  'data.conviction.flight-escape': { en: 'Flight and escape', es: 'Fuga y evasión' },
  'data.conviction.obstructing-judiciary': { en: 'Obstructing the judiciary', es: 'Obstrucción a la justicia' },
  'data.conviction.bribery': { en: 'Bribery', es: 'Soborno' },
  'data.conviction.weapons': { en: 'Weapon offenses', es: 'Delitos con armas' },
  'data.conviction.public-peace': { en: 'Public peace', es: 'Paz pública' },
  'data.conviction.traffic': { en: 'Traffic offenses', es: 'Delitos de tráfico' },
  'data.conviction.health-safety': { en: 'Health and safety', es: 'Salud y seguridad' },
  'data.conviction.civil-rights': { en: 'Civil rights', es: 'Derechos civiles' },
  'data.conviction.invasion-of-privacy': { en: 'Invasion of privacy', es: 'Violación de la privacidad' },
  'data.conviction.smuggling': { en: 'Smuggling', es: 'Contrabando' },
  'data.conviction.election-laws': { en: 'Election laws', es: 'Leyes electorales' },
  'data.conviction.antitrust': { en: 'Antitrust', es: 'Competencia (antimonopolio)' },
  'data.conviction.tax-revenue': { en: 'Tax and revenue', es: 'Impuestos y rentas' },
  'data.conviction.conservation': { en: 'Conservation', es: 'Conservación' },
  'data.conviction.crimes-against-person': { en: 'Crimes against the person', es: 'Delitos contra las personas' },
  'data.conviction.property-crimes': { en: 'Property crimes', es: 'Delitos contra la propiedad' },
  'data.conviction.morals-decency': { en: 'Morals and decency', es: 'Moral y decencia' },
  'data.conviction.public-order': { en: 'Public order', es: 'Orden público' },
  'data.conviction.unknown-code': { en: 'Code not in the NCIC groups', es: 'Código fuera de los grupos NCIC' },
  'data.col.count': { en: 'Detainers', es: 'Detainers' },
  'data.col.alsoWritten': { en: 'Facility also written', es: 'Centro también escrito' },

  'data.releases': { en: 'Data releases', es: 'Publicaciones de datos' },
  'data.releasesHelp': {
    en: 'None ticked: every release. Where releases cover the same month, it is counted from the newest (latest "as of") that covers the whole month.',
    es: 'Ninguna marcada: todas las publicaciones. Si varias cubren el mismo mes, se cuenta con la más reciente (fecha «a» más tardía) que cubra el mes entero.',
  },
  'data.asOf': { en: 'as of {date}', es: 'a {date}' },
  'data.coverage': {
    en: '{records} records, prepared {from} to {to}',
    es: '{records} registros, preparados del {from} al {to}',
  },
  'data.coverageNone': { en: '{records} records, no dates', es: '{records} registros, sin fechas' },
  'data.synthetic': { en: 'synthetic', es: 'sintética' },
  'data.noReleases': {
    en: 'No FOIA release has been imported yet (see the README, "Public data: imports").',
    es: 'Aún no se ha importado ninguna publicación FOIA (véase el README, «Public data: imports»).',
  },

  'data.periods.title': { en: 'Release used for each period', es: 'Publicación usada en cada período' },
  'data.periods.range': { en: '{from} to {to}', es: '{from} a {to}' },
  'data.periods.precedence': {
    en: 'These releases cover the same months. They are not added up: each month is counted from the newest release that covers it, as listed above.',
    es: 'Estas publicaciones cubren los mismos meses. No se suman: cada mes se cuenta con la publicación más reciente que lo cubre, como se indica arriba.',
  },
  'data.periods.added': {
    en: 'These releases cover the same months and were added up, as asked: the same detainers may count twice.',
    es: 'Estas publicaciones cubren los mismos meses y se sumaron, como se pidió: los mismos detainers pueden contarse dos veces.',
  },
  'data.reissues.left': {
    en: 'Re-issues left out: {count} (duplicate records and superseding forms are not new detainers).',
    es: 'Reemisiones excluidas: {count} (los registros duplicados y los formularios que sustituyen a otro no son detainers nuevos).',
  },
  'data.reissues.counted': {
    en: 'Re-issues (duplicate records and superseding forms) are counted.',
    es: 'Se cuentan las reemisiones (registros duplicados y formularios que sustituyen a otro).',
  },
  'data.includeReissues': { en: 'Include re-issues', es: 'Incluir reemisiones' },
  'data.includeReissuesHelp': {
    en: 'Duplicate records and superseding forms: left out unless ticked.',
    es: 'Registros duplicados y formularios que sustituyen a otro: excluidos salvo que se marque.',
  },
  'data.overlap.pair': {
    en: '{a} and {b} both have records prepared from {from} to {to}.',
    es: '{a} y {b} tienen ambas registros preparados de {from} a {to}.',
  },
  'data.overlap.only': { en: 'Use only {release}', es: 'Usar solo {release}' },

  'data.tooBroad.title': { en: 'Too many groups to show at once', es: 'Demasiados grupos para mostrar a la vez' },
  'data.tooBroad.text': {
    en:
      'This grouping would give about {estimate} rows; the server sends at most {limit}. Group by fewer things ' +
      '(e.g. no second grouping, or state instead of facility), or narrow the filters (a state, a fiscal year).',
    es:
      'Esta agrupación daría unas {estimate} filas; el servidor envía como máximo {limit}. Agrupe por menos cosas ' +
      '(por ejemplo, sin segunda agrupación, o por estado en vez de por centro), o reduzca los filtros (un estado, ' +
      'un año fiscal).',
  },

  'data.result': { en: 'The counts', es: 'Los recuentos' },
  'data.chartTitle': { en: 'Detainers by {dims}', es: 'Detainers por {dims}' },
  'data.chartTotal': { en: 'Detainers in all', es: 'Detainers en total' },
  'data.filtered': { en: 'Filters: {filters}.', es: 'Filtros: {filters}.' },
  'data.topNote': {
    en: 'The chart shows the {shown} largest of {count} groups; the table has them all.',
    es: 'El gráfico muestra los {shown} grupos mayores de {count}; la tabla los tiene todos.',
  },
  'data.stackNote': {
    en: 'Bars stacked by {dim}: the {shown} largest, the rest as "Others"; the table has every group.',
    es: 'Barras apiladas por {dim}: los {shown} mayores, el resto como «Otros»; la tabla tiene todos los grupos.',
  },
  'data.others': { en: 'Others', es: 'Otros' },
  'data.alt.time': {
    en: '{title}: {count} periods from {from} to {to}, {total} detainers; the most in {peak} ({peakCount}).',
    es: '{title}: {count} períodos de {from} a {to}, {total} detainers; el máximo en {peak} ({peakCount}).',
  },
  'data.alt.top': {
    en: '{title}: {count} groups; the largest, {first}, with {firstCount}.',
    es: '{title}: {count} grupos; el mayor, {first}, con {firstCount}.',
  },
  'data.total': { en: 'Total: {total} detainers.', es: 'Total: {total} detainers.' },
  'data.empty': { en: 'No records match these filters.', es: 'Ningún registro coincide con estos filtros.' },

  'data.copyUrl': { en: 'Copy the API URL', es: 'Copiar la URL de la API' },
  'data.copied': { en: 'Copied.', es: 'Copiada.' },
  'data.copyFailed': {
    en: 'Could not copy: select the address in the field and copy it.',
    es: 'No se pudo copiar: seleccione la dirección en el campo y cópiela.',
  },
  'data.apiUrlField': { en: 'API URL of this view', es: 'URL de la API de esta vista' },
  'data.ignored': {
    en: 'Some of the address could not be used and is ignored: {names}.',
    es: 'Parte de la dirección no se pudo usar y se ignora: {names}.',
  },
} as const satisfies Messages;
