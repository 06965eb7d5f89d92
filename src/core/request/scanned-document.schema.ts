import { Type, type Static } from 'typebox';
import { Pattern, PROBLEM_KEY } from '../shared/input-types.js';

/** The kinds of scan an officer may attach: PDF or an image of the paper request. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff', 'image/webp'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** A scan larger than this is not a scanned request (a typing error in `bytes`). */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/**
 * The scanned request, by its fingerprint: the desk keeps the SHA-256 of the file, its media type
 * and size, never the file itself. Whoever holds the paper's scan can show it is the one logged
 * (same digest); nobody can read it from the desk.
 */
export const ScannedDocumentSchema = Type.Object(
  {
    sha256: Pattern('^[0-9a-f]{64}$', 'must be a SHA-256 digest: 64 lowercase hexadecimal characters', {
      kind: 'sha256',
      description: 'SHA-256 of the scanned file, 64 lowercase hexadecimal characters',
      maxLength: 64,
    }),
    mediaType: Type.Enum(DOCUMENT_MEDIA_TYPES, { description: 'the scanned file’s media type' }),
    bytes: Type.Integer({
      minimum: 1,
      maximum: MAX_DOCUMENT_BYTES,
      [PROBLEM_KEY]: `must be a whole number of bytes from 1 to ${MAX_DOCUMENT_BYTES}`,
      description: 'the scanned file’s size in bytes',
    }),
  },
  {
    additionalProperties: false,
    description: 'the scanned request by its SHA-256 (the file itself is not kept)',
  },
);
export type ScannedDocument = Static<typeof ScannedDocumentSchema>;
