/** Time and randomness come into the core through these ports, never from globals. */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A new random UUID. */
  uuid(): string;
}

export interface SecretGenerator {
  /** A new URL-safe random secret with at least 256 bits of entropy. */
  secret(): string;
}

/**
 * Lets other work run before a long computation goes on (in Node, the next turn of the event loop),
 * so that one large input does not hold up every other request.
 */
export interface Scheduler {
  yield(): Promise<void>;
}
