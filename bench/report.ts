/** Benchmark figures, each shown next to its baseline and target. */
export interface Figure {
  readonly name: string;
  readonly value: string;
  readonly baseline: string;
  readonly ratio: number;
  readonly target: string;
  readonly met: boolean;
  /** A figure shown for what it explains (a floor, a ceiling), with no target of its own. */
  readonly informational?: true;
}

export function printFigures(title: string, figures: readonly Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    f.value,
    f.baseline,
    `${f.ratio.toFixed(1)}x`,
    f.target,
    f.informational ? 'info' : f.met ? 'met' : 'NOT MET',
  ]);
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write(`\n${title}\n${line(header)}\n${rows.map(line).join('\n')}\n`);
}

export function perSecond(count: number, ms: number): number {
  return (count / ms) * 1000;
}

export function formatRate(rate: number): string {
  return rate >= 1e6 ? `${(rate / 1e6).toFixed(2)}M/s` : `${(rate / 1e3).toFixed(1)}k/s`;
}
