import { useI18n } from '../../../shared/i18n';

const MODALITIES = ['required', 'permitted', 'forbidden', 'undecided'] as const;

/** The CSS class of a modality's bars (the law map's classes; anything else drawn as undecided). */
export const modalityClass = (m: string) => `law-${(MODALITIES as readonly string[]).includes(m) ? m : 'undecided'}`;

/** What the colours of the law's rows mean, each class in words. */
export function LawLegend() {
  const { t } = useI18n();
  return (
    <ul className="chart-legend law-legend">
      {MODALITIES.map((m) => (
        <li key={m}>
          <span className="swatch" aria-hidden="true">
            <svg viewBox="0 0 10 10" width="12" height="12">
              <rect width="10" height="10" className={modalityClass(m)} />
            </svg>
          </span>
          {t(`map.class.${m}`)}: {t(`map.classHint.${m}`)}
        </li>
      ))}
    </ul>
  );
}
