import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SecretDigest } from '../core/auth/auth.ports.js';
import type { Clock, IdGenerator, Scheduler, SecretGenerator } from '../core/shared/ports.js';

export const systemClock: Clock = { now: () => new Date() };

export const randomIds: IdGenerator = { uuid: () => randomUUID() };

export const randomSecrets: SecretGenerator = { secret: () => randomBytes(32).toString('base64url') };

/** SHA-256 is enough for secrets with 256 bits of entropy; passwords use argon2id instead. */
export const sha256Digest: SecretDigest = {
  digest: (secret) => createHash('sha256').update(secret, 'utf8').digest('hex'),
};

/** Yields to the event loop: I/O callbacks (other requests) run before the work goes on. */
export const eventLoopScheduler: Scheduler = { yield: () => new Promise((resolve) => setImmediate(resolve)) };
