import type { I18n, MessageKey } from '../i18n';
import type { ChartTable } from './statsData';

/**
 * A year chart's text alternative: its title, the fiscal years it spans, the total and the peak
 * year, in the reader's language; or that it has nothing to show.
 */
export function yearsAlt(table: ChartTable, title: MessageKey, { t, lang }: Pick<I18n, 't' | 'lang'>): string {
  const totals = table.rows.map((r) => Number(r.total));
  if (table.rows.length === 0 || totals.every((n) => n === 0)) return `${t(title)}: ${t('stats.empty')}`;
  const peak = table.rows[totals.indexOf(Math.max(...totals))];
  const locale = lang === 'es' ? 'es-US' : 'en-US';
  return t('stats.alt.years', {
    title: t(title),
    from: String(table.rows[0]!.fiscalYear),
    to: String(table.rows[table.rows.length - 1]!.fiscalYear),
    total: totals.reduce((a, b) => a + b, 0).toLocaleString(locale),
    peak: String(peak?.fiscalYear ?? ''),
    peakCount: Number(peak?.total ?? 0).toLocaleString(locale),
  });
}
