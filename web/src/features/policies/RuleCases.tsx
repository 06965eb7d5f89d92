import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { formatLocalDate } from '../../shared/time';
import type { PolicyCaseDto } from '../../shared/types';
import { placeHref } from './policiesApi';

/** A group of cases under its own heading; nothing when empty. */
export function CaseGroup({ title, cases }: { readonly title: string; readonly cases: readonly PolicyCaseDto[] }) {
  if (cases.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <RuleCases cases={cases} />
    </section>
  );
}

/** Cases that bear on a rule: each a sentence, its date and place (linking to the rules in force there then). */
export function RuleCases({ cases }: { readonly cases: readonly PolicyCaseDto[] }) {
  const { lang, t } = useI18n();
  return (
    <ul className="case-list">
      {cases.map((c) => {
        const date = c.asOf.slice(0, 10); // the local date of the instant, written in the place's zone
        const place = c.place.countyFips === null ? c.place.state : `${c.place.state} ${c.place.countyFips}`;
        return (
          <li key={`${c.file}:${c.line ?? c.sentence}`}>
            <p lang="en">{c.sentence}</p>
            <p className="small muted">
              <Link to={placeHref(c.place.state, c.place.countyFips, date)}>
                {t('rule.caseWhere', { date: formatLocalDate(date, lang), place })}
              </Link>
              {' · '}
              {t(`agencyKind.${c.agencyKind}`)}
              {' · '}
              <span className="mono">
                {c.file}
                {c.line === null ? '' : `:${c.line}`}
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
