import type { NoticeDictionary } from './types.js';

/**
 * Spanish wording, written for the reader rather than copied word for word from the English.
 * Gender-neutral where Spanish allows it ("se le mantiene bajo custodia", "tiene la ciudadanía").
 * Statute names are translated in the prose; citations keep their original form.
 */
export const ES: NoticeDictionary = {
  common: {
    locale: 'es-US',
    facilityLabel: 'Centro',
    personLabel: 'Nombre',
    bookingLabel: 'Número de registro de ingreso',
    formLabel: 'Formulario de ICE',
    formWithEdition: '{form} (edición {edition})',
    issuedLabel: 'Fecha de emisión (ICE)',
    receivedLabel: 'Fecha de recepción en la agencia',
    unknown: '—',
    legalBasisHeading: 'Fundamento legal',
    servedOn: 'Entregado el {servedAt}',
    keepNotice: 'Conserve este aviso. Puede mostrárselo a su abogado.',
    generatedBy: 'Generado por Detainer Desk',
    pageOf: 'Página {page} de {pages}',
    syntheticBanner: ['DEMOSTRACIÓN CON DATOS FICTICIOS — NO ES UN AVISO REAL', 'SYNTHETIC DEMO — NOT A REAL NOTICE'],
    syntheticWatermark: 'DEMOSTRACIÓN — NO ES UN AVISO REAL',
  },

  'ca-truth-copy-and-intent': {
    title: 'Aviso sobre una solicitud de ICE y la intención de la agencia',
    subtitle: 'Código de Gobierno de California, sección 7283.1(b) (Ley TRUTH)',
    intro: [
      'El Servicio de Inmigración y Control de Aduanas de los Estados Unidos (ICE) envió a {agencyName} una ' +
        'solicitud relacionada con usted. La ley de California obliga a la agencia a entregarle una copia de ' +
        'la solicitud y a informarle si tiene la intención de cumplirla.',
    ],
    copyProvided: 'Junto con este aviso se le entrega una copia de la solicitud.',
    tableAction: 'Lo que pidió ICE',
    tableIntent: '¿Tiene la agencia la intención de cumplir?',
    actions: {
      hold: 'Retención: mantenerle bajo custodia después de la hora en que normalmente quedaría en libertad',
      notify: 'Notificación: informar a ICE de la fecha y hora de su puesta en libertad',
      transfer: 'Traslado: entregarle a la custodia de ICE',
    },
    answers: { comply: 'Sí.', decline: 'No.' },
    intents: {
      hold: {
        comply:
          'La agencia tiene la intención de mantenerle bajo custodia para ICE después de la hora en que ' +
          'normalmente quedaría en libertad.',
        decline:
          'La agencia no tiene la intención de mantenerle bajo custodia para ICE después de la hora en que ' +
          'normalmente quedaría en libertad.',
      },
      notify: {
        comply:
          'La agencia tiene la intención de informar a ICE de la fecha y hora de su puesta en libertad. ' +
          'Si lo hace, deberá darle también la misma notificación por escrito a usted y a su abogado o a otra ' +
          'persona que usted elija.',
        decline: 'La agencia no tiene la intención de informar a ICE de la fecha y hora de su puesta en libertad.',
      },
      transfer: {
        comply: 'La agencia tiene la intención de entregarle a la custodia de ICE.',
        decline: 'La agencia no tiene la intención de entregarle a la custodia de ICE.',
      },
    },
    undecided:
      'La agencia todavía no ha decidido si tiene la intención de cumplir esta solicitud. Se le informará por ' +
      'escrito en cuanto lo decida.',
    holdUntil: 'En virtud de esta solicitud, se le podría mantener bajo custodia hasta el {holdUntil}, a más tardar.',
    corrections:
      'Si usted está bajo la custodia del Departamento de Correcciones y Rehabilitación de California (CDCR), ' +
      'este aviso se entrega conforme a la sección 7284.10(a)(2) del Código de Gobierno, que establece la ' +
      'misma obligación.',
  },

  'tx-held-on-detainer': {
    title: 'Aviso de custodia en virtud de una solicitud de retención migratoria',
    subtitle: 'Código de Procedimiento Penal de Texas, artículo 2.251',
    held:
      'Se le mantiene bajo custodia en virtud de una solicitud de retención migratoria (immigration detainer ' +
      'request) emitida por el Servicio de Inmigración y Control de Aduanas de los Estados Unidos (ICE).',
    holdUntil: 'En virtud de esta solicitud, se le podría mantener bajo custodia hasta el {holdUntil}, a más tardar.',
    holdUntilUnknown:
      'Todavía no se sabe cuánto podría durar esta retención: depende de cuándo quedaría usted en libertad si ' +
      'no existiera esta solicitud.',
    proofHeading: 'Si tiene la ciudadanía estadounidense o un estatus migratorio legal',
    proof: [
      'La ley de Texas no obliga a la agencia a mantenerle bajo custodia por esta solicitud si usted ha ' +
        'presentado prueba de que tiene la ciudadanía de los Estados Unidos o un estatus migratorio legal en ' +
        'los Estados Unidos, como una licencia de conducir de Texas u otra identificación similar emitida por ' +
        'el gobierno.',
      'Puede entregar esa prueba al personal de la cárcel en cualquier momento.',
    ],
  },

  'held-on-detainer': {
    title: 'Aviso de custodia en virtud de una solicitud de retención migratoria',
    subtitle: 'Un aviso que exige la ley de este estado',
    held:
      'Se le mantiene bajo custodia en virtud de una solicitud de retención migratoria (immigration detainer ' +
      'request) emitida por el Servicio de Inmigración y Control de Aduanas de los Estados Unidos (ICE).',
    holdUntil: 'En virtud de esta solicitud, se le podría mantener bajo custodia hasta el {holdUntil}, a más tardar.',
    holdUntilUnknown:
      'Todavía no se sabe cuánto podría durar esta retención: depende de cuándo quedaría usted en libertad si ' +
      'no existiera esta solicitud.',
    lawNote: 'La ley que obliga a la agencia a informarle de esto se cita más abajo, en «Fundamento legal».',
  },

  'release-notification': {
    title: 'Aviso de la fecha y hora de puesta en libertad comunicadas a ICE',
    subtitle: 'Código de Gobierno de California, sección 7283.1(b) (Ley TRUTH)',
    intro: [
      '{agencyName} informó al Servicio de Inmigración y Control de Aduanas de los Estados Unidos (ICE) de la ' +
        'fecha y hora de su puesta en libertad. La ley de California obliga a la agencia a darle a usted la ' +
        'misma notificación por escrito.',
    ],
    releaseLabel: 'Fecha y hora de puesta en libertad comunicadas a ICE',
    releaseUnknown: 'Todavía sin fijar',
    designee: [
      'La ley también obliga a la agencia a dar la misma notificación por escrito a su abogado o a otra persona ' +
        'que usted elija. Si todavía no ha indicado quién es esa persona, comuníqueselo al personal de la cárcel.',
    ],
  },

  'fl-detainer-notice-to-judge': {
    title: 'Aviso al tribunal de una orden de retención de inmigración',
    subtitle: 'Estatutos de Florida, sección 908.105',
    addressee: 'Al juez',
    statement:
      'La persona nombrada arriba, bajo la custodia de {agencyName}, está sujeta a una orden de retención de ' +
      'inmigración (immigration detainer) emitida por el Servicio de Inmigración y Control de Aduanas de los ' +
      'Estados Unidos (ICE).',
    law: [
      'La ley de Florida obliga a la agencia del orden público que tiene bajo custodia a una persona sujeta a ' +
        'una orden de retención de inmigración a notificar al juez de la orden, a hacer constar su existencia en ' +
        'el expediente de la persona y a cumplir la orden.',
    ],
    servedOn: 'Enviado al tribunal el {servedAt}',
    closing: null,
  },

  'bail-judge-notice': {
    title: 'Aviso al tribunal de una orden de retención de inmigración',
    subtitle: 'Un aviso que exige la ley de este estado',
    addressee: 'Al juez que decide sobre la libertad bajo fianza',
    statement:
      'La persona nombrada arriba, bajo la custodia de {agencyName}, está sujeta a una orden de retención de ' +
      'inmigración (immigration detainer) emitida por el Servicio de Inmigración y Control de Aduanas de los ' +
      'Estados Unidos (ICE).',
    law: [
      'La ley de este estado obliga a la agencia que tiene bajo custodia a una persona sujeta a una orden de ' +
        'retención de inmigración a dar este aviso al juez (o tribunal) que decide sobre su libertad bajo fianza. ' +
        'Esa ley se cita más abajo, en «Fundamento legal».',
    ],
    servedOn: 'Enviado al tribunal el {servedAt}',
    closing: null,
  },

  'il-annual-report-record': {
    title: 'Registro para el informe anual al Fiscal General (Attorney General)',
    subtitle: 'Ley TRUST de Illinois, 5 ILCS 805/25',
    intro: [
      'La ley de Illinois obliga a cada agencia del orden público a informar cada año al Fiscal General de todas ' +
        'las órdenes de retención de inmigración y órdenes civiles de inmigración que recibió. Este registro ' +
        'indica, para una de ellas recibida por {agencyName}, lo que el informe debe incluir.',
    ],
    receivedLabel: 'Fecha de recepción de la orden de retención o de la orden civil',
    bailLabel: 'Fecha y hora en que la persona pagó la fianza penal, si corresponde',
    outcomeLabel: 'Puesta en libertad o traslado',
    outcomeAtLabel: 'Fecha y hora de la puesta en libertad o del traslado',
    transferredToLabel: 'En caso de traslado, a la custodia de qué agencia gubernamental',
    outcomes: { released: 'Puesta en libertad', transferred: 'Traslado', 'in-custody': 'Ninguno todavía' },
    ice: 'Servicio de Inmigración y Control de Aduanas de los Estados Unidos (ICE)',
    notApplicable: 'No corresponde',
    noIdentifiers:
      'La ley prohíbe incluir nombres u otros datos de identificación personal en estos informes: este registro no contiene ninguno.',
    none: 'Una agencia que no recibió ninguna orden en un período debe certificar e informar que no recibió ninguna.',
    servedOn: 'Registrado el {servedAt}',
    closing: null,
  },

  'or-commission-report': {
    title: 'Informe de una solicitud de aplicación de las leyes de inmigración rechazada',
    subtitle:
      'Estatutos Revisados de Oregón 181A.826 (Ley Sanctuary Promise) — a la Comisión de Justicia Penal de Oregón',
    intro: [
      'La ley de Oregón obliga al organismo público que recibe de una agencia federal una comunicación o solicitud ' +
        'relacionada con la aplicación de las leyes de inmigración, salvo una citación judicial válida, a rechazar ' +
        'la solicitud y a documentarla. El organismo público informa luego de la solicitud a la Comisión de ' +
        'Justicia Penal de Oregón (Oregon Criminal Justice Commission).',
    ],
    requesterLabel: 'Agencia solicitante',
    requester: 'Servicio de Inmigración y Control de Aduanas de los Estados Unidos (ICE)',
    tableAction: 'Lo que se pidió',
    tableResponse: 'Respuesta de la agencia',
    actions: {
      hold: 'Retención: mantener a una persona bajo custodia después de la hora en que quedaría en libertad',
      notify: 'Notificación: comunicar la fecha y hora de una puesta en libertad',
      transfer: 'Traslado: entregar a una persona a la custodia federal',
    },
    responses: { decline: 'Rechazada', comply: 'No rechazada' },
    undecided: 'La agencia todavía no ha registrado su respuesta a esta solicitud.',
    noIdentifiers: 'Este informe describe la solicitud; no nombra a la persona a la que se refiere.',
    frequency: 'La Comisión pide informes al menos una vez al mes a la agencia que recibe estas solicitudes.',
    servedOn: 'Preparado el {servedAt}',
    closing: null,
  },
};
