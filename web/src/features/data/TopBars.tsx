import { SERIES_COLOURS } from '../../shared/charts/labels';
import { LOCALES, useI18n } from '../../shared/i18n';
import type { ChartModel } from './explorerTable';

/** The largest groups as horizontal bars (stacked by series when there is a second grouping), read as a list. */
export function TopBars({ model, alt }: { readonly model: ChartModel; readonly alt: string }) {
  const { lang, t } = useI18n();
  const max = Math.max(1, ...model.bars.map((b) => b.total));
  return (
    <ol className="facility-bars explorer-bars" aria-label={alt}>
      {model.bars.map((bar) => (
        <li key={bar.label}>
          <span className="facility-name">
            {bar.label}
            {bar.also ? <span className="facility-also">{t('stats.alsoWritten', { names: bar.also })}</span> : null}
          </span>
          <span className="facility-bar explorer-bar" aria-hidden="true">
            {bar.parts.map((v, s) => (
              <span
                key={s}
                style={{ width: `${(v / max) * 100}%`, background: SERIES_COLOURS[s % SERIES_COLOURS.length] }}
              />
            ))}
          </span>
          <span className="facility-count">{bar.total.toLocaleString(LOCALES[lang])}</span>
        </li>
      ))}
    </ol>
  );
}
