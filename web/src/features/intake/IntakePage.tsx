import { useState } from 'react';
import { toApiError } from '../../shared/api';
import { useIntakeForm } from '../../shared/api/intakeHooks';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import { useSession } from '../../shared/session';
import { describeTimeZone } from '../../shared/time';
import { Breadcrumb } from '../../shared/ui/Breadcrumb';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/usePageTitle';
import { EMPTY_DRAFT, IntakeForm } from './IntakeForm';
import { LawPreview } from './LawPreview';
import './intake.css';

/** /desk/new — log one request, with the law in force beside the form. */
export function IntakePage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const choices = useIntakeForm();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  // Facts about the person answered beside the preview: they decide the preview and are logged with the request.
  const [facts, setFacts] = useState<Readonly<Record<string, boolean>>>({});
  usePageTitle(t('intake.title'));
  if (session.status !== 'signed-in') return <Loading />;
  const { agency } = session.me;
  return (
    <article className="page-wide">
      <Breadcrumb crumbs={[{ label: t('desk.title'), to: href('desk') }, { label: t('intake.title') }]} />
      <h1>{t('intake.title')}</h1>
      <p className="muted">{agency.name}</p>
      <p>{t('intake.intro')}</p>
      <p>
        <Link to={href('import')}>{t('intake.toImport')}</Link>
      </p>
      {choices.error && <ErrorMessage error={toApiError(choices.error)} />}
      {!choices.data && !choices.error && <Loading />}
      {choices.data && (
        <div className="intake-layout">
          <IntakeForm
            choices={choices.data}
            timeZone={agency.timeZone}
            timeZoneName={describeTimeZone(agency.timeZone, lang)}
            draft={draft}
            onChange={setDraft}
            facts={facts}
          />
          <LawPreview
            draft={draft}
            agency={agency}
            discretion={choices.data.discretion}
            assumed={facts}
            onAssume={setFacts}
          />
        </div>
      )}
    </article>
  );
}
