import type { FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config/config.js';

/**
 * Redacted wherever they appear in a log line: credentials, and anything a person typed about a
 * person. Request bodies are never logged at all; requests log only method, path and id.
 */
export const LOG_REDACTIONS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.fullName',
  '*.birthDate',
  '*.aNumber',
];

export function loggerOptions(level: LogLevel, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: LOG_REDACTIONS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url, id: req.id }),
    },
  };
}
