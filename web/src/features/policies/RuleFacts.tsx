import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { formatLocalDate } from '../../shared/time';
import type { RuleDetailDto } from '../../shared/types';
import { AgencyKinds } from './AgencyKinds';
import { placesOf } from './policiesApi';

/** What a rule is: id, level, place, whom it binds, and the legal source it comes from. */
export function RuleFacts({ rule }: { readonly rule: RuleDetailDto }) {
  const { t, lang } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('rule.id')}</dt>
      <dd className="mono">{rule.id}</dd>
      <dt>{t('rule.level')}</dt>
      <dd>{t(`level.${rule.level}`)}</dd>
      <dt>{t('rule.place')}</dt>
      <dd>
        {placesOf(rule.place).map((place, index) => (
          <span key={index}>
            {index > 0 && ', '}
            {place.href === null ? t('rule.federal') : <Link to={place.href}>{place.label}</Link>}
          </span>
        ))}
      </dd>
      <dt>{t('rule.binds')}</dt>
      <dd>
        <AgencyKinds kinds={rule.agencyKinds} />
      </dd>
      <dt>{t('rule.source')}</dt>
      <dd>
        <a href={rule.source.href} rel="noreferrer external">
          {rule.source.title}
        </a>{' '}
        <span className="muted">({t(`sourceKind.${rule.source.kind}`)})</span>
      </dd>
      <dt>{t('rule.reviewed')}</dt>
      <dd>{rule.source.reviewed === null ? t('rule.reviewedNever') : formatLocalDate(rule.source.reviewed, lang)}</dd>
      <dt>{t('rule.file')}</dt>
      <dd className="mono">policies/{rule.source.file}</dd>
    </dl>
  );
}
