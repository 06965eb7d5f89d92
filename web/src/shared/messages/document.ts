/** The scanned request's strings (intake and the detainer page). Spread into i18n.ts's dictionary. */
export const DOCUMENT_MESSAGES = {
  'document.label': { en: 'Scanned request (PDF or image)', es: 'Solicitud escaneada (PDF o imagen)' },
  'document.hint': {
    en: 'Optional. Your browser computes the file’s SHA-256 fingerprint; only the fingerprint is kept, not the file.',
    es: 'Opcional. Su navegador calcula la huella SHA-256 del archivo; solo se guarda la huella, no el archivo.',
  },
  'document.hashing': { en: 'Computing the fingerprint…', es: 'Calculando la huella…' },
  'document.sha256': { en: 'SHA-256', es: 'SHA-256' },
  'document.remove': { en: 'Remove the scan', es: 'Quitar el escaneo' },
  'document.heading': { en: 'Scanned document', es: 'Documento escaneado' },
  'document.none': { en: 'No document recorded.', es: 'No se registró ningún documento.' },
  'document.proves': {
    en: 'This fingerprint proves which scan was logged: the same file always gives the same SHA-256, any change gives another.',
    es: 'Esta huella prueba qué escaneo se registró: el mismo archivo siempre da el mismo SHA-256; cualquier cambio da otro.',
  },
  'document.details': { en: '{type}, {size}', es: '{type}, {size}' },
  'document.event': {
    en: 'Scanned request: SHA-256 {hash} ({type}, {size})',
    es: 'Solicitud escaneada: SHA-256 {hash} ({type}, {size})',
  },
  'document.copy': { en: 'Copy the SHA-256', es: 'Copiar el SHA-256' },
  'document.copied': { en: 'Copied.', es: 'Copiado.' },
  'document.problem.type': {
    en: 'Attach a PDF, JPEG, PNG, TIFF or WebP file.',
    es: 'Adjunte un archivo PDF, JPEG, PNG, TIFF o WebP.',
  },
  'document.problem.empty': { en: 'The file is empty.', es: 'El archivo está vacío.' },
} as const;
