import { Breadcrumb } from '../places/Breadcrumb';
import { PlaceNotFound } from '../places/PlaceNotFound';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import { Loading } from '../../shared/Loading';
import type { RuleDetailDto } from '../../shared/types';
import { useApiGet } from '../../shared/useApiGet';
import { usePageTitle } from '../../shared/usePageTitle';
import { Citations } from './Citations';
import { rulePath } from './policiesApi';
import { CaseGroup } from './RuleCases';
import { RuleFacts } from './RuleFacts';
import { SourceNotes } from './SourceNotes';
import { VersionTimeline } from './VersionTimeline';

/** /policies/:id — one rule: what it is, its citations and versions, the notes of its source, its cases. */
export function RulePage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const answer = useApiGet<RuleDetailDto>(rulePath(id));
  usePageTitle(answer.status === 'ok' ? answer.data.title : null);

  if (answer.status === 'loading') return <Loading />;
  if (answer.status === 'error') {
    if (answer.error.status !== 404) return <ErrorMessage error={answer.error} />;
    return <PlaceNotFound title={t('rule.notFound')} message={t('rule.notFoundBody', { id })} />;
  }

  const rule = answer.data;
  const naming = rule.cases.filter((c) => c.mentions);
  const others = rule.cases.filter((c) => !c.mentions);
  return (
    <article>
      <Breadcrumb crumbs={[{ label: t('nav.home'), to: '/' }, { label: rule.id }]} />
      <h1>{rule.title}</h1>
      <RuleFacts rule={rule} />
      <h2>{t('rule.citations')}</h2>
      <Citations citations={rule.citations} />
      <h2>{t('rule.timeline')}</h2>
      <VersionTimeline versions={rule.versions} details />
      <h2>{t('rule.notes')}</h2>
      <p className="small muted">{t('rule.notesHint')}</p>
      <SourceNotes notes={rule.source.notes} />
      <h2>
        {t('rule.cases')} ({rule.cases.length})
      </h2>
      <p className="small muted">{t('rule.casesHint')}</p>
      {rule.cases.length === 0 ? (
        <p>{t('rule.casesNone')}</p>
      ) : (
        <>
          <CaseGroup title={t('rule.casesNaming', { count: naming.length })} cases={naming} />
          <CaseGroup title={t('rule.casesWhere', { count: others.length })} cases={others} />
        </>
      )}
    </article>
  );
}
