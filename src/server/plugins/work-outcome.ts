import type { FastifyReply } from 'fastify';
import type { WorkOutcome } from '../../composition/work-pool.js';
import type { JsonText } from '../../composition/work-tasks.js';
import { ApiError } from '../errors/api-error.js';

/** The value of a task run by the work pool, or 503 SERVER.BUSY (with Retry-After) when the pool refused it. */
export function doneOrBusy<T>(outcome: WorkOutcome<T>): T {
  if (outcome.kind === 'done') return outcome.value;
  throw new ApiError(
    'SERVER.BUSY',
    `The server is busy with other replays and statistics; try again in ${outcome.retryAfterSeconds} s.`,
    { retryAfterSeconds: outcome.retryAfterSeconds },
  );
}

/** Sends an answer the worker serialised (the route's response schema documents it; nothing re-serialises it). */
export function sendJson(reply: FastifyReply, answer: JsonText): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(answer.json);
}
