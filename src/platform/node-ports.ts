import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SecretDigest } from '../core/auth/auth.ports.js';
import type { SecondFactorRandom } from '../core/auth/second-factor.ports.js';
import type { Clock, IdGenerator, Scheduler, SecretGenerator } from '../core/shared/ports.js';

export const systemClock: Clock = { now: () => new Date() };

export const randomIds: IdGenerator = { uuid: () => randomUUID() };

export const randomSecrets: SecretGenerator = { secret: () => randomBytes(32).toString('base64url') };

/** SHA-256 is enough for secrets with 256 bits of entropy; passwords use argon2id instead. */
export const sha256Digest: SecretDigest = {
  digest: (secret) => createHash('sha256').update(secret, 'utf8').digest('hex'),
};

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    // 5 bits per character, read across byte boundaries.
    const bit = i * 5;
    const byte = bit >> 3;
    const word = ((bytes[byte] ?? 0) << 8) | (bytes[byte + 1] ?? 0);
    out += BASE32_ALPHABET[(word >> (11 - (bit & 7))) & 31];
  }
  return out;
}

export const secondFactorRandom: SecondFactorRandom = {
  // 160 bits = 32 base32 characters.
  totpSecret: () => base32(randomBytes(20), 32),
  // 50 bits = 10 base32 characters, in two groups for reading aloud and typing.
  recoveryCode: () => {
    const code = base32(randomBytes(7), 10).toLowerCase();
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  },
};

/** Yields to the event loop: I/O callbacks (other requests) run before the work goes on. */
export const eventLoopScheduler: Scheduler = { yield: () => new Promise((resolve) => setImmediate(resolve)) };
