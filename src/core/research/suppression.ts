/**
 * Small-cell suppression with complementary suppression, for statistics over the desk's
 * operational data (README, "Public data: statistics").
 *
 * The published table has its cells (one per combination of the grouped dimensions) and every
 * marginal total: for each subset of the dimensions, the sums over the others (for two
 * dimensions: row totals, column totals and the grand total). Each marginal is the sum of the
 * values one level below it, along any one dimension: those are the published equations.
 *
 * Rule: a cell or total below the threshold (1–9 with the default 10) is suppressed (primary).
 * Then, as long as some equation has exactly one suppressed member (which could be recovered by
 * subtracting the visible ones from the total, or by adding the visible parts up), the smallest
 * visible member of that equation is suppressed too (complementary), cells before totals, then in
 * key order. It ends because every step hides one more value. Zero cells are not published.
 * Guarantee: no suppressed value equals a published total minus visible values of one equation.
 */

export const SUPPRESSION_THRESHOLD = 10;

export interface CountCell {
  /** The cell's value in each dimension, in dimension order. */
  readonly key: readonly string[];
  readonly count: number;
}

export type Published =
  | { readonly kind: 'shown'; readonly count: number }
  | { readonly kind: 'suppressed'; readonly reason: 'primary' | 'complementary' };

export interface PublishedNode {
  /** The dimensions this value is broken down by (all of them for a cell, none for the grand total). */
  readonly dimensions: readonly number[];
  /** The values of those dimensions, in the same order. */
  readonly key: readonly string[];
  readonly value: Published;
}

export interface SuppressedTable {
  readonly cells: readonly PublishedNode[];
  /** Every marginal total, the grand total last. */
  readonly totals: readonly PublishedNode[];
  /** The equations, as indexes into [...cells, ...totals]: total = sum of parts. */
  readonly equations: readonly { readonly total: number; readonly parts: readonly number[] }[];
}

interface Node {
  readonly mask: number;
  readonly key: readonly string[];
  readonly count: number;
  suppressed: 'primary' | 'complementary' | null;
}

const dimsOf = (mask: number, width: number) => [...Array(width).keys()].filter((d) => (mask >> d) & 1);

/** Suppresses a table of counts over `width` dimensions. Cells with the same key are added up. */
export function suppressTable(
  width: number,
  cells: readonly CountCell[],
  threshold: number = SUPPRESSION_THRESHOLD,
): SuppressedTable {
  const full = (1 << width) - 1;
  // level mask -> key text -> node
  const levels = new Map<number, Map<string, Node>>();
  const nodeAt = (mask: number, key: readonly string[]): Node => {
    let level = levels.get(mask);
    if (!level) levels.set(mask, (level = new Map()));
    const id = JSON.stringify(key);
    let node = level.get(id);
    if (!node) level.set(id, (node = { mask, key, count: 0, suppressed: null }));
    return node;
  };
  for (const cell of cells) {
    if (cell.key.length !== width) throw new Error(`a cell key has ${cell.key.length} values, not ${width}`);
    if (cell.count <= 0) continue;
    for (let mask = full; mask >= 0; mask--) {
      if ((mask & full) !== mask) continue;
      const node = nodeAt(
        mask,
        dimsOf(mask, width).map((d) => cell.key[d]!),
      );
      (node as { count: number }).count += cell.count;
    }
  }

  const cellNodes = sortNodes([...(levels.get(full)?.values() ?? [])]);
  const totalNodes: Node[] = [];
  for (let mask = full - 1; mask >= 0; mask--) {
    if (width === 0) break;
    totalNodes.push(...sortNodes([...(levels.get(mask)?.values() ?? [])]));
  }
  totalNodes.sort((a, b) => popcount(b.mask) - popcount(a.mask) || a.mask - b.mask);
  const all = [...cellNodes, ...totalNodes];
  const index = new Map(all.map((n, i) => [n, i]));

  // Equations: each node at level M, along each dimension d in M, adds into its parent at M \ {d}.
  const byParent = new Map<string, { total: number; parts: number[] }>();
  for (const node of all) {
    const dims = dimsOf(node.mask, width);
    dims.forEach((d, position) => {
      const parentKey = node.key.filter((_, i) => i !== position);
      const parent = nodeAt(node.mask & ~(1 << d), parentKey);
      const id = `${node.mask}|${d}|${JSON.stringify(parentKey)}`;
      let equation = byParent.get(id);
      if (!equation) byParent.set(id, (equation = { total: index.get(parent)!, parts: [] }));
      equation.parts.push(index.get(node)!);
    });
  }
  const equations = [...byParent.values()];

  for (const node of all) if (node.count < threshold) node.suppressed = 'primary';
  const rank = (i: number) => [all[i]!.count, popcount(full) - popcount(all[i]!.mask), i] as const;
  let changed = true;
  while (changed) {
    changed = false;
    for (const { total, parts } of equations) {
      const members = [total, ...parts];
      const hidden = members.filter((i) => all[i]!.suppressed !== null);
      if (hidden.length !== 1) continue;
      const candidates = members.filter((i) => all[i]!.suppressed === null);
      candidates.sort((a, b) => compareTuples(rank(a), rank(b)));
      all[candidates[0]!]!.suppressed = 'complementary';
      changed = true;
    }
  }

  const publish = (node: Node): PublishedNode => ({
    dimensions: dimsOf(node.mask, width),
    key: node.key,
    value:
      node.suppressed === null ? { kind: 'shown', count: node.count } : { kind: 'suppressed', reason: node.suppressed },
  });
  return { cells: cellNodes.map(publish), totals: totalNodes.map(publish), equations };
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m >>= 1) n += m & 1;
  return n;
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function sortNodes(nodes: Node[]): Node[] {
  return nodes.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const c = a.key[i]! < b.key[i]! ? -1 : a.key[i]! > b.key[i]! ? 1 : 0;
      if (c !== 0) return c;
    }
    return 0;
  });
}
