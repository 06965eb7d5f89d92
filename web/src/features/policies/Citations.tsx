import { useI18n } from '../../shared/i18n';
import type { CitationDto } from './ruleTypes';

/** The legal sources a rule is bound to, as links. */
export function Citations({ citations }: { readonly citations: readonly CitationDto[] }) {
  const { t } = useI18n();
  return (
    <ul className="citations" aria-label={t('rule.citations')}>
      {citations.map((citation) => (
        <li key={citation.href + citation.title}>
          <a href={citation.href} rel="noreferrer external">
            {citation.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
