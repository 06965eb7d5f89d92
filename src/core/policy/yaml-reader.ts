import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A problem at a line of a YAML file. */
export class YamlProblem extends Error {
  constructor(
    readonly line: number | null,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Strict reading of YAML text: every mapping declares its keys, an unknown key is an error that
 * names its line, and scalars must have the type asked for. Used for policy and case files.
 */
export class YamlReader {
  private readonly lines = new LineCounter();
  readonly root: Node | null;

  constructor(text: string) {
    const doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first) throw new YamlProblem(first.linePos?.[0]?.line ?? null, first.message.split('\n')[0]!);
    this.root = (doc.contents as Node | null) ?? null;
  }

  lineOf(node: Node | null | undefined): number | null {
    const offset = node?.range?.[0];
    return offset === undefined ? null : this.lines.linePos(offset).line;
  }

  /** The mapping's entries by key; refuses keys not in `required` or `optional`, and missing required keys. */
  map(node: Node | null | undefined, path: string, required: readonly string[], optional: readonly string[] = []) {
    if (!isMap(node)) throw new YamlProblem(this.lineOf(node), `${path} must be a mapping`);
    const entries = new Map<string, Node | null>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) throw new YamlProblem(this.lineOf(pair.key as Node), `${path} has a key that is not text`);
      if (!required.includes(key) && !optional.includes(key)) {
        throw new YamlProblem(this.lineOf(pair.key as Node), `${path}.${key} is not a known key`);
      }
      entries.set(key, (pair.value as Node | null) ?? null);
    }
    for (const key of required) {
      if (!entries.has(key)) throw new YamlProblem(this.lineOf(node), `${path}.${key} is required`);
    }
    return entries;
  }

  list(node: Node | null | undefined, path: string): Node[] {
    if (!isSeq(node)) throw new YamlProblem(this.lineOf(node), `${path} must be a list`);
    return node.items as Node[];
  }

  string(node: Node | null | undefined, path: string, pattern?: RegExp): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      throw new YamlProblem(this.lineOf(node), `${path} must be non-empty text`);
    }
    if (pattern && !pattern.test(node.value))
      throw new YamlProblem(this.lineOf(node), `${path} is not in the expected form`);
    return node.value;
  }

  oneOf<T extends string>(node: Node | null | undefined, path: string, values: readonly T[]): T {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'string' || !values.includes(value as T)) {
      throw new YamlProblem(this.lineOf(node), `${path} must be one of ${values.join(', ')}`);
    }
    return value as T;
  }

  boolean(node: Node | null | undefined, path: string): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean')
      throw new YamlProblem(this.lineOf(node), `${path} must be true or false`);
    return node.value;
  }

  number(node: Node | null | undefined, path: string): number {
    if (!isScalar(node) || typeof node.value !== 'number')
      throw new YamlProblem(this.lineOf(node), `${path} must be a number`);
    return node.value;
  }

  /** Plain data (for formula parameters and case facts), as JSON-like values. */
  plain(node: Node | null | undefined): unknown {
    if (node === null || node === undefined) return null;
    return node.toJSON();
  }
}
