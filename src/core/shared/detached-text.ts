/**
 * A copy of a string that does not keep its source alive. A cell a CSV tokeniser hands over is
 * usually a slice of the whole chunk of text it was read from; kept as a dictionary key, such a
 * slice would keep that chunk (64 KiB) in memory for as long as the key lives. Concatenating and
 * slicing makes the engine build a new, small string of its own. For values kept beyond a row only.
 */
export function detachedText(text: string): string {
  return ` ${text}`.slice(1);
}
