import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { formatLocalDate } from '../../shared/time';
import type { RuleInForceDto } from '../../shared/types';
import { Citations } from './Citations';
import { AgencyKinds } from './AgencyKinds';
import { href } from '../../shared/routes';
import { VersionTimeline } from './VersionTimeline';
import { LawText, UnofficialMark } from '../../shared/ui/LawText';

/** One rule in force: level, id, title (to its page), whom it binds, citations, and its versions. */
export function RuleCard({ rule }: { readonly rule: RuleInForceDto }) {
  const { lang, t } = useI18n();
  const headingId = `rule-${rule.id}`;
  return (
    <article className="rule-card" aria-labelledby={headingId}>
      <p className="rule-meta">
        <span className="badge">{t(`level.${rule.level}`)}</span> <code className="mono">{rule.id}</code>
      </p>
      <h3 id={headingId}>
        <Link to={href('rule', { id: rule.id })}>
          <LawText en={rule.title} es={rule.titleEs} mark={false} />
        </Link>{' '}
        <UnofficialMark es={rule.titleEs} />
      </h3>
      <p className="small">
        {t('rule.inForceSince', { date: formatLocalDate(rule.inForce.effectiveFrom, lang) })}
        {' · '}
        {t('rule.binds')}: <AgencyKinds kinds={rule.agencyKinds} />
      </p>
      <Citations citations={rule.citations} />
      <VersionTimeline versions={rule.versions} current={rule.inForce.effectiveFrom} />
    </article>
  );
}
