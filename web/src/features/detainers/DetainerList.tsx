import { useEffect } from 'react';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import { Loading } from '../../shared/Loading';
import { navigate } from '../../shared/router';
import type { DetainerPageDto } from '../../shared/types';
import { useApiGet } from '../../shared/useApiGet';
import { useSession } from '../auth/session';
import { DetainerTable } from './DetainerTable';
import { deskHref, detainersPath } from './detainersApi';
import { Pager } from './Pager';

/** One page of the agency's requests, most recently received first. */
export function DetainerList({ offset, timeZone }: { readonly offset: number; readonly timeZone: string }) {
  const { t } = useI18n();
  const { signedOut } = useSession();
  const answer = useApiGet<DetainerPageDto>(detainersPath(offset));
  const expired = answer.status === 'error' && answer.error.status === 401;

  useEffect(() => {
    if (expired) signedOut(); // The desk then sends the reader to sign in.
  }, [expired, signedOut]);

  if (answer.status === 'loading') return <Loading />;
  if (answer.status === 'error') return expired ? null : <ErrorMessage error={answer.error} />;

  const { items, total, limit } = answer.data;
  if (total === 0) return <p className="message message-note">{t('desk.empty')}</p>;
  return (
    <>
      <p className="muted">
        {t('desk.range', {
          from: items.length > 0 ? offset + 1 : 0,
          to: offset + items.length,
          total,
        })}
      </p>
      <DetainerTable items={items} timeZone={timeZone} />
      <Pager total={total} limit={limit} offset={offset} onChange={(next) => navigate(deskHref(next))} />
    </>
  );
}
