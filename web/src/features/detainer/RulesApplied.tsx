import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { LawText, UnofficialMark } from '../../shared/ui/LawText';
import { href } from '../../shared/routes';
import type { DetainerViewDto } from '../../shared/types';

type Decision = NonNullable<DetainerViewDto['decision']>;

/** The rules the decision applied, each linking to its page in the law library, with its citations. */
export function RulesApplied({ decision }: { readonly decision: Decision }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('detainer.rules.heading')}</h2>
      {decision.applied.length === 0 ? (
        <p>{t('detainer.rules.none')}</p>
      ) : (
        <ul className="applied-rules">
          {decision.applied.map((rule) => (
            <li key={rule.rule}>
              <Link to={href('rule', { id: rule.rule })}>
                <LawText en={rule.title ?? rule.rule} es={rule.titleEs} mark={false} />
              </Link>{' '}
              <UnofficialMark es={rule.titleEs} />{' '}
              <span className="small muted mono">
                {rule.rule} · {rule.version}
              </span>
              {rule.citations && rule.citations.length > 0 && (
                <ul className="citations small">
                  {rule.citations.map((citation) => (
                    <li key={citation.title}>
                      {citation.href ? (
                        <a href={citation.href} rel="noreferrer noopener external">
                          {citation.title}
                        </a>
                      ) : (
                        citation.title
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
