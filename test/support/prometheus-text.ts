/** One sample of a Prometheus text exposition: the metric's name, its labels and its value. */
export interface PrometheusSample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?$`);
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/y;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/**
 * Reads Prometheus's text exposition format (version 0.0.4) strictly: every line a HELP, a TYPE or a
 * sample of a declared family, labels quoted and escaped as the format says. Throws naming the line.
 */
export function parsePrometheusText(text: string): PrometheusSample[] {
  const types = new Map<string, string>();
  const samples: PrometheusSample[] = [];
  const familyOf = (name: string): string | undefined => {
    if (types.has(name) && !SUFFIXES[types.get(name)!]) return name;
    for (const [family, type] of types) {
      if ((SUFFIXES[type] ?? []).some((suffix) => name === family + suffix)) return family;
    }
    return undefined;
  };
  text.split('\n').forEach((line, i) => {
    const where = `line ${i + 1} (${JSON.stringify(line.slice(0, 80))})`;
    if (line === '') return;
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta) {
      if (!new RegExp(`^${NAME}$`).test(meta[2]!)) throw new Error(`${where}: bad metric name`);
      if (meta[1] === 'TYPE') {
        if (!TYPES.has(meta[3]!)) throw new Error(`${where}: unknown type`);
        types.set(meta[2]!, meta[3]!);
      }
      return;
    }
    if (line.startsWith('#')) return;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`${where}: not a sample`);
    const [, name, labelText = '', valueText] = match;
    if (familyOf(name!) === undefined) throw new Error(`${where}: a sample of no declared family`);
    const labels: Record<string, string> = {};
    LABEL.lastIndex = 0;
    while (LABEL.lastIndex < labelText.length) {
      const label = LABEL.exec(labelText);
      if (!label) throw new Error(`${where}: malformed labels`);
      labels[label[1]!] = label[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    // As Prometheus reads a value (Go's ParseFloat): a number, NaN or ±Inf in any case.
    const special = /^([+-]?)(inf|nan)$/i.exec(valueText!);
    const value = special
      ? special[2]!.toLowerCase() === 'nan'
        ? NaN
        : special[1] === '-'
          ? -Infinity
          : Infinity
      : Number(valueText);
    if (!special && (Number.isNaN(value) || !/^[-+]?[0-9.]/.test(valueText!))) throw new Error(`${where}: bad value`);
    samples.push({ name: name!, labels, value });
  });
  return samples;
}

/** The value of the one sample with this name and these labels (among others); undefined when none. */
export function sampleValue(
  samples: readonly PrometheusSample[],
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number | undefined {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}
