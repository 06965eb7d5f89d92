import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../core/auth/auth.ports.js';

// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane (Password Storage Cheat Sheet).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, OPTIONS),
  verify: async (hashed, password) => {
    try {
      return await verify(hashed, password);
    } catch {
      return false;
    }
  },
};
