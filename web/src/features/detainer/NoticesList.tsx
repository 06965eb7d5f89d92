import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { NoticeText } from './NoticeText';
import { translate, useI18n } from '../../shared/i18n';

/**
 * The notices served: kind, language, when; the words served, in the notice's own language
 * (NoticeText), and the PDF as served. (The PDF cannot be framed in the page: the server denies framing of every answer.)
 */
export function NoticesList({ view, timeZone }: { readonly view: DetainerViewDto; readonly timeZone: string }) {
  const { t, lang } = useI18n();
  const duties = new Map(view.duties.map((duty) => [duty.id, duty.text]));
  return (
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('detainer.notices.heading')}</h2>
      <NoticesDue view={view} />
      {view.notices.length === 0 ? (
        <p>{t('detainer.notices.none')}</p>
      ) : (
        <ul className="notices">
          {view.notices.map((notice) => {
            const kind = t(`detainer.notice.${notice.kind}`);
            const language = t(`detainer.lang.${notice.language}`);
            return (
              <li key={notice.id} className="notice">
                <p>
                  <strong>{kind}</strong>
                </p>
                <p className="small">
                  {t('detainer.notices.language', { language })} ·{' '}
                  {t('detainer.notices.served', { date: formatInstant(notice.servedAt, timeZone, lang) })}
                </p>
                <NoticeText
                  detainerId={view.id}
                  noticeId={notice.id}
                  language={notice.language}
                  summary={
                    <>
                      <p>
                        <strong>{translate(notice.language, `detainer.notice.${notice.kind}`)}</strong>
                      </p>
                      <p className="small">
                        {translate(notice.language, 'detainer.notices.served', {
                          date: formatInstant(notice.servedAt, timeZone, notice.language),
                        })}
                      </p>
                      {notice.dutyId && duties.has(notice.dutyId) && (
                        <p className="small">{duties.get(notice.dutyId)}</p>
                      )}
                    </>
                  }
                />
                <p>
                  <a href={notice.url} download type="application/pdf">
                    {t('detainer.notices.download', { kind, language })}
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * Which notices the law calls for here (the notice-served offer lists only those), or why none is
 * due: a notice duty waiting for a missing fact, or a law that calls for none. Shown to those who
 * record (the others are offered no command at all).
 */
function NoticesDue({ view }: { readonly view: DetainerViewDto }) {
  const { t } = useI18n();
  if (view.commands.length === 0 || view.status === 'cancelled') return null;
  const offer = view.commands.find((command) => command.type === 'notice-served');
  if (offer && offer.type === 'notice-served') {
    const kinds = offer.notices.map((kind) => t(`detainer.notice.${kind}`)).join('; ');
    return <p className="small">{t('detainer.notices.due', { kinds })}</p>;
  }
  const waiting = view.duties.some((duty) => duty.status === 'waiting');
  return <p className="small">{t(waiting ? 'detainer.notices.dueWaiting' : 'detainer.notices.dueNone')}</p>;
}
