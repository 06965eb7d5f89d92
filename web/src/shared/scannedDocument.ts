import type { DetainerViewDto } from './types';

/** The scanned request by its fingerprint, as POST /detainers and the detainer view carry it. */
export type ScannedDocument = NonNullable<DetainerViewDto['document']>;

/** The scans the API accepts (ScannedDocumentSchema); typed against it so a change there shows here. */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/webp',
] as const satisfies ReadonlyArray<ScannedDocument['mediaType']>;

export const isDocumentMediaType = (type: string): type is ScannedDocument['mediaType'] =>
  (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(type);

/** Lowercase hex of bytes. */
export function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The file's SHA-256, computed in the browser (WebCrypto): the file never leaves the machine, only
 * its digest, media type and size are sent. The media type is the browser's; an unknown one is
 * sent as given and refused at the field.
 */
export async function fingerprint(file: Blob): Promise<{ sha256: string; mediaType: string; bytes: number }> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return { sha256: hex(digest), mediaType: file.type, bytes: file.size };
}
