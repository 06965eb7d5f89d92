import { isMessageKey, type MessageKey } from '../i18n';
import type { Column } from './statsData';

/** A column's label in the reader's language: a message, an outcome's name, or the value as is (a form). */
export function columnLabel(column: Column, t: (key: MessageKey) => string): string {
  if (isMessageKey(column.label)) return t(column.label);
  const outcome = `stats.outcome.${column.label}`;
  if (isMessageKey(outcome)) return t(outcome);
  if (column.label === 'unknown') return t('stats.col.unknown');
  return column.label;
}

/** Colours told apart with colour-blindness (Okabe and Ito), in series order. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7F7F7F', '#000000'];

/** A series' colour: by its place in `order` when given and found there (two charts compared), else by `index`. */
export function seriesColour(key: string, index: number, order?: readonly string[]): string {
  const at = order?.indexOf(key) ?? -1;
  return SERIES_COLOURS[(at >= 0 ? at : index) % SERIES_COLOURS.length]!;
}
