import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Answers are compressed (brotli, else gzip) when the client accepts it and the body is over 1 kB:
 * the web bundle and the larger JSON answers (lists, maps, statistics). Compressed on the fly, at a
 * brotli quality that costs milliseconds, not the build's maximum. Request bodies are never
 * inflated (the body limit applies to the bytes sent). Registered before the routes and the static
 * files so that its hook covers them all.
 */
export async function installCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    zlibOptions: { level: 6 },
  });
}

/** A file of the build whose name carries Vite's content hash (assets/index-B3xk_9aQ.js): it never changes. */
const HASHED_ASSET = /(^|[\\/])assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache policy of the web app's files: hashed assets are cached for a year and never revalidated
 * (a new build has new names); index.html and any other file must be revalidated on every use, so a
 * new build is seen at once.
 */
export function setStaticCacheHeaders(reply: FastifyReply, path: string): void {
  reply.header('cache-control', HASHED_ASSET.test(path) ? IMMUTABLE : 'no-cache');
}
