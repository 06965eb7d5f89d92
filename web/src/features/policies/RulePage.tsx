import { toApiError } from '../../shared/api';
import { useRule } from '../../shared/api/hooks';
import { LawText, useLawText } from '../../shared/ui/LawText';
import { useI18n } from '../../shared/i18n';
import { href } from '../../shared/routes';
import { Breadcrumb } from '../../shared/ui/Breadcrumb';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { NotFound } from '../../shared/ui/NotFound';
import { usePageTitle } from '../../shared/usePageTitle';
import { Citations } from './Citations';
import { CaseGroup } from './RuleCases';
import { RuleFacts } from './RuleFacts';
import { SourceNotes } from './SourceNotes';
import { VersionTimeline } from './VersionTimeline';

/** /policies/:id — one rule: what it is, its citations and versions, the notes of its source, its cases. */
export function RulePage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const answer = useRule(id);
  const title = useLawText(answer.data?.title ?? '', answer.data?.titleEs);
  usePageTitle(answer.isSuccess ? title : null);

  if (answer.isPending) return <Loading />;
  if (answer.isError) {
    const error = toApiError(answer.error);
    if (error.status !== 404) return <ErrorMessage error={error} />;
    return <NotFound title={t('rule.notFound')} message={t('rule.notFoundBody', { id })} />;
  }

  const rule = answer.data;
  const naming = rule.cases.filter((c) => c.mentions);
  const others = rule.cases.filter((c) => !c.mentions);
  return (
    <article>
      <Breadcrumb crumbs={[{ label: t('nav.home'), to: href('home') }, { label: rule.id }]} />
      <h1>
        <LawText en={rule.title} es={rule.titleEs} />
      </h1>
      <RuleFacts rule={rule} />
      <h2>{t('rule.citations')}</h2>
      <Citations citations={rule.citations} />
      <h2>{t('rule.timeline')}</h2>
      <VersionTimeline versions={rule.versions} summaryEs={rule.summaryEs} details />
      <h2>{t('rule.notes')}</h2>
      <p className="small muted">{t('rule.notesHint')}</p>
      {rule.source.unconfirmed.length > 0 && (
        <>
          <h3>{t('rule.unconfirmed')}</h3>
          <ul lang="en">
            {rule.source.unconfirmed.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
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
