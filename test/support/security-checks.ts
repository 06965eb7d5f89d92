import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ERROR_CODES } from '../../src/server/errors/error-codes.js';

/** Problems with an error answer's envelope: `{"error": {"code", "message", "details"?, "requestId"}}`, nothing else. */
export function envelopeProblems(res: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  let body: unknown;
  try {
    body = res.json();
  } catch {
    return [`not JSON (content-type ${String(res.headers['content-type'])}): ${res.body.slice(0, 200)}`];
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(body) || Object.keys(body).join() !== 'error' || !isObject(body.error)) {
    return [`not the error envelope: ${res.body.slice(0, 300)}`];
  }
  const { code, message, details, requestId, ...rest } = body.error;
  if (typeof code !== 'string' || !(ERROR_CODES as string[]).includes(code))
    problems.push(`unknown code ${String(code)}`);
  if (typeof message !== 'string' || message === '') problems.push('no message');
  if (details !== undefined && !isObject(details)) problems.push('details is not an object');
  if (typeof requestId !== 'string' || requestId !== res.headers['x-request-id'])
    problems.push(
      `requestId ${String(requestId)} is not the x-request-id header ${String(res.headers['x-request-id'])}`,
    );
  if (Object.keys(rest).length > 0) problems.push(`unexpected keys ${Object.keys(rest).join(', ')}`);
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json')) {
    problems.push(`content-type ${String(res.headers['content-type'])}`);
  }
  return problems.map((p) => `${p}: ${res.body.slice(0, 300)}`);
}

/** The routes the server answers (HEAD aside), as "METHOD /path/{param}", from Fastify's route tree. */
export function registeredRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  const stack: Array<{ depth: number; path: string }> = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    while (stack.length > depth) stack.pop();
    const path = (stack.at(-1)?.path ?? '') + match[2]!;
    stack.push({ depth, path });
    for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) {
      routes.push(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
    }
  }
  return routes;
}

/** "METHOD /path/{param}" for every operation of an OpenAPI document. */
export function documentedRoutes(doc: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((m) => ['get', 'put', 'post', 'patch', 'delete'].includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
}
