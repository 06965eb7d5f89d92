import { useI18n } from '../../shared/i18n';
import { useRef, useState } from 'react';
import './detainer.css';
import { toApiError } from '../../shared/api';
import { useDetainer } from '../../shared/api/hooks';
import { href } from '../../shared/routes';
import { useSession } from '../../shared/session';
import type { DetainerViewDto } from '../../shared/types';
import { Breadcrumb } from '../../shared/ui/Breadcrumb';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { NotFound } from '../../shared/ui/NotFound';
import { usePageTitle } from '../../shared/usePageTitle';
import { AlarmsSection } from './AlarmsSection';
import { CommandBar } from './CommandBar';
import { CommandDialog } from './CommandDialog';
import { instantToLocal } from './zonedTime';
import { initialDraft, type CommandType, type Draft } from './commandModel';
import { DecisionSection } from './DecisionSection';
import { DutiesList } from './DutiesList';
import { HoldDeadline } from './HoldDeadline';
import { MissingFact } from './MissingFact';
import { NoticesList } from './NoticesList';
import { RequestSection } from './RequestSection';
import { Timeline } from './Timeline';

/** /desk/detainers/:id — one request: what the law decides and why, what is due, and what happened. */
export function DetainerPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  // The view is read once and kept fresh by polling; each read of personal data is recorded server-side.
  const answer = useDetainer(id, { live: true });
  const reference = answer.data?.subject.reference ?? '';
  usePageTitle(answer.isSuccess ? t('detainer.crumb', { reference }) : null);
  if (session.status !== 'signed-in' || answer.isPending) return <Loading />;
  if (answer.isError) {
    const error = toApiError(answer.error);
    if (error.status === 404) return <NotFound title={t('detainer.notFound')} message={t('detainer.notFoundBody')} />;
    return <ErrorMessage error={error} />;
  }
  const { agency, user } = session.me;
  const reload = async () => (await answer.refetch()).data;
  return (
    <article className="page-wide detainer-page">
      <Breadcrumb
        crumbs={[{ label: t('nav.desk'), to: href('desk') }, { label: t('detainer.crumb', { reference }) }]}
      />
      <DetainerBody view={answer.data} timeZone={agency.timeZone} userId={user.id} reload={reload} />
    </article>
  );
}

function DetainerBody({
  view,
  timeZone,
  userId,
  reload,
}: {
  readonly view: DetainerViewDto;
  readonly timeZone: string;
  readonly userId: string;
  readonly reload: () => Promise<DetainerViewDto | undefined>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<{ type: CommandType; offer: DetainerViewDto['commands'][number] } | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<CommandType, Draft>>>({});
  const [recorded, setRecorded] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const openCommand = (type: CommandType) => {
    const offer = view.commands.find((item) => item.type === type);
    if (!offer) return;
    setRecorded(null);
    setDrafts((all) => ({ ...all, [type]: all[type] ?? initialDraft(offer, instantToLocal(new Date(), timeZone)) }));
    setOpen({ type, offer });
  };
  const current = open ? (view.commands.find((item) => item.type === open.type) ?? null) : null;
  const hold = view.decision?.actions.hold;
  return (
    <>
      <div className="detainer-heading">
        <h1>{t('detainer.title', { reference: view.subject.reference })}</h1>
        <p className="detainer-status">
          <span className={`status status-${view.status}`}>{t(`status.${view.status}`)}</span>
          {hold?.requested && (
            <span className={`badge modality-${hold.modality ?? 'unknown'}`}>
              {t('detainer.summary.hold', { modality: t(`detainer.modality.${hold.modality ?? 'unknown'}`) })}
            </span>
          )}
          <span className="small muted">{t('detainer.version', { version: view.version })}</span>
        </p>
        <p className="small muted">{t('detainer.timesNote', { timeZone })}</p>
      </div>
      <div role="status" className="recorded-status" tabIndex={-1} ref={statusRef}>
        {recorded && <p className="message message-success">{recorded}</p>}
      </div>
      <AlarmsSection alarms={view.alarms} />
      {view.decision?.error && (
        <MissingFact
          error={view.decision.error}
          onSupply={view.commands.some((c) => c.type === 'facts-updated') ? () => openCommand('facts-updated') : null}
        />
      )}
      <CommandBar commands={view.commands} onOpen={openCommand} />
      <div className="detainer-columns">
        <HoldDeadline view={view} timeZone={timeZone} />
        <DutiesList view={view} timeZone={timeZone} />
      </div>
      <DecisionSection view={view} timeZone={timeZone} />
      <RequestSection view={view} timeZone={timeZone} />
      <NoticesList view={view} timeZone={timeZone} />
      <Timeline view={view} timeZone={timeZone} userId={userId} />
      {open && (
        <CommandDialog
          key={open.type}
          offer={current ?? open.offer}
          offered={current !== null}
          view={view}
          timeZone={timeZone}
          draft={drafts[open.type] ?? {}}
          onDraft={(draft) => setDrafts((all) => ({ ...all, [open.type]: draft }))}
          reload={reload}
          onClose={() => setOpen(null)}
          fallbackFocus={() => statusRef.current?.focus()}
          onRecorded={(body) => {
            setDrafts((all) => ({ ...all, [body.type]: undefined }));
            setRecorded(t('detainer.recorded', { what: t(`detainer.event.${body.type}`) }));
            setOpen(null);
          }}
        />
      )}
    </>
  );
}
