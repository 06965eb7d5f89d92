import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ERROR_CODES } from '../../src/server/errors/error-codes.js';

/** Problems with an error answer's envelope: `{"error": {"code", "message", "details"?, "requestId"}}`, nothing else. */
export function envelopeProblems(res: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  let body: unknown;
  try {
    body = res.json();
  } catch {
    return [`not JSON (content-type ${String(res.headers['content-type'])})`];
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(body) || Object.keys(body).join() !== 'error' || !isObject(body.error)) {
    return ['not the error envelope'];
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
  return problems;
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

type Schema = Readonly<Record<string, unknown>>;

/** The segments of a field as an error names it: `body.subject.reference`, `facts.convictions[0].date`, `/a/0`. */
export function fieldSegments(field: string): string[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((s) => s !== '');
}

const PART_PREFIXES: Readonly<Record<string, 'body' | 'query' | 'params'>> = {
  body: 'body',
  querystring: 'query',
  query: 'query',
  params: 'params',
};

/** The request part a first segment names, if any (own keys only: `__proto__` or `toString` name no part). */
function partPrefix(segment: string): 'body' | 'query' | 'params' | undefined {
  return Object.hasOwn(PART_PREFIXES, segment) ? PART_PREFIXES[segment] : undefined;
}

/** Whether `segments` name a field that the schema describes (an item of a list by its index). */
function resolves(schema: Schema | undefined, segments: readonly string[]): boolean {
  if (!schema) return false;
  if (segments.length === 0) return true;
  const [head, ...rest] = segments as [string, ...string[]];
  const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (branches) return branches.some((branch) => resolves(branch, segments));
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (properties && Object.hasOwn(properties, head)) return resolves(properties[head], rest);
  if (schema.type === 'array' && /^\d+$/.test(head)) return resolves((schema.items as Schema) ?? {}, rest);
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== false && (properties === undefined || !Object.hasOwn(properties, head))) {
    return extra === true ? true : resolves(extra as Schema, rest);
  }
  return false;
}

/** Whether the path leads to a value inside `value` (own keys only). */
function present(value: unknown, segments: readonly string[]): boolean {
  let node = value;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

export interface FieldContext {
  readonly body: Schema | undefined;
  /** The JSON body as sent: a field may be a key of it that the schema does not know (and refuses). */
  readonly sent: unknown;
  readonly parameters: ReadonlyArray<{ in: string; name: string }>;
  /** The path of the one hostile change, if any (it may name a key the schema does not know). */
  readonly mutated: { part: 'body' | 'query' | 'params'; path: ReadonlyArray<string | number> } | undefined;
  /** A body that is not JSON (CSV): its structure is named as `body` or `header.*`. */
  readonly textBody: boolean;
}

/**
 * Whether a 400's `details.field` names a real field of the request: one its schema describes,
 * the field that was changed, or the whole body when the body as a whole is the problem.
 */
export function namesAField(field: string, code: string, context: FieldContext): boolean {
  const segments = fieldSegments(field);
  if (segments.length === 0) return false;
  const prefixed = partPrefix(segments[0]!);
  const rest = prefixed ? segments.slice(1) : segments;
  const parts = prefixed ? [prefixed] : (['body', 'query', 'params'] as const);
  const wholeBody = field === 'body' && (code === 'REQUEST.MALFORMED_JSON' || context.mutated?.path.length === 0);
  if (wholeBody || (context.textBody && (field === 'body' || segments[0] === 'header'))) return true;
  const mutated = context.mutated;
  if (mutated && parts.includes(mutated.part as never) && rest.join('.') === mutated.path.join('.')) return true;
  if (rest.length === 0) return false;
  return parts.some((part) => {
    if (part === 'body') return resolves(context.body, rest) || present(context.sent, rest);
    return (
      rest.length === 1 &&
      context.parameters.some((p) => p.name === rest[0] && (p.in === 'path') === (part === 'params'))
    );
  });
}

/**
 * How a field name is written: with its request part (`body.form`) or not (`form`); list items as `[0]`, `.0` or `/0`.
 * An entry of a body that is itself a list (`body[0]`) names the part either way: it says nothing of the part style.
 */
export function fieldStyle(field: string): { part?: string; index?: string } {
  const segments = fieldSegments(field);
  const style: { part?: string; index?: string } = {};
  const rootListEntry = /^[a-z]+\[\d+\]/.test(field) && partPrefix(segments[0]!) !== undefined;
  if (!rootListEntry && (segments.length > 1 || (segments.length === 1 && !partPrefix(segments[0]!)))) {
    style.part = partPrefix(segments[0]!) ? 'body.form (with the request part)' : 'form (without the request part)';
  }
  if (/\[\d+\]/.test(field)) style.index = 'a[0]';
  else if (/\/\d+(?:\/|$)/.test(field)) style.index = 'a/0';
  else if (/\.\d+(?:\.|$)/.test(field)) style.index = 'a.0';
  return style;
}
