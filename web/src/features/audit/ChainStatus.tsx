import { useAuditChain } from '../../shared/api/auditHooks';
import { toApiError } from '../../shared/api';
import { useI18n } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';

/** The agency's hash chain as `audit verify` computes it: intact (events, head) or broken (where, why), in words. */
export function ChainStatus() {
  const { t, plural } = useI18n();
  const chain = useAuditChain();

  return (
    <section aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('audit.chain.title')}</h2>
      {chain.isPending ? (
        <Loading />
      ) : chain.error ? (
        <ErrorMessage error={toApiError(chain.error)} />
      ) : (
        <div className={chain.data.ok ? 'chain chain-ok' : 'chain chain-broken'} data-testid="chain-status">
          <p className="chain-verdict">
            <strong>{chain.data.ok ? t('audit.chain.intact') : t('audit.chain.broken')}</strong>
          </p>
          <p>{chain.data.events === 0 ? t('audit.chain.empty') : plural('audit.chain.events', chain.data.events)}</p>
          <dl className="facts">
            {chain.data.head && (
              <>
                <dt>{t('audit.chain.head')}</dt>
                <dd className="mono chain-hash">
                  {t('audit.chain.headValue', { seq: chain.data.head.seq, hash: chain.data.head.hash })}
                </dd>
              </>
            )}
            {chain.data.broken && (
              <>
                <dt>{t('audit.chain.brokenAt')}</dt>
                <dd>
                  {t('audit.chain.brokenSeq', { seq: chain.data.broken.seq })}
                  {chain.data.broken.detainerId ? (
                    <>
                      {' · '}
                      {t('audit.chain.brokenDetainer')} <span className="mono">{chain.data.broken.detainerId}</span>
                      {chain.data.broken.version !== null &&
                        `, ${t('audit.chain.brokenVersion', { version: chain.data.broken.version })}`}
                    </>
                  ) : (
                    ` · ${t('audit.chain.missing')}`
                  )}
                </dd>
                <dt>{t('audit.chain.why')}</dt>
                <dd>{t(`audit.problem.${chain.data.broken.problem}`)}</dd>
              </>
            )}
          </dl>
          <p className="small muted">{t('audit.chain.verifiedAt')}</p>
          <button type="button" className="button" onClick={() => void chain.refetch()} disabled={chain.isFetching}>
            {t('audit.chain.again')}
          </button>
        </div>
      )}
    </section>
  );
}
