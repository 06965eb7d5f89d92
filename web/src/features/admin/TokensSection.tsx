import { toApiError } from '../../shared/api';
import { useRevokeToken, useTokens } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import type { TokenDto } from '../../shared/types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { ConfirmAction } from './ConfirmAction';
import { CreateTokenForm } from './CreateTokenForm';

const stateOf = (token: TokenDto, now: number) =>
  token.revokedAt ? 'revoked' : Date.parse(token.expiresAt) <= now ? 'expired' : 'active';

/** The agency's API tokens (admins see all): owner, dates, state; revoke with confirmation; create one. */
export function TokensSection({ timeZone }: { readonly timeZone: string }) {
  const { t, lang } = useI18n();
  const tokens = useTokens({ all: true });
  const revoke = useRevokeToken();
  const now = Date.now();
  const when = (iso: string | null) => (iso ? formatInstant(iso, timeZone, lang) : t('admin.users.never'));

  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('admin.section.tokens')}</h2>
      {tokens.isPending ? (
        <Loading />
      ) : tokens.error ? (
        <ErrorMessage error={toApiError(tokens.error)} />
      ) : tokens.data.tokens.length === 0 ? (
        <p className="message message-note">{t('admin.tokens.empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="tokens-caption">
          <table className="stack-table">
            <caption id="tokens-caption">{t('admin.tokens.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.tokens.col.name')}</th>
                <th scope="col">{t('admin.tokens.col.owner')}</th>
                <th scope="col">{t('admin.tokens.col.created')}</th>
                <th scope="col">{t('admin.tokens.col.expires')}</th>
                <th scope="col">{t('admin.tokens.col.lastUsed')}</th>
                <th scope="col">{t('admin.tokens.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.tokens.map((token) => {
                const state = stateOf(token, now);
                return (
                  <tr key={token.id}>
                    <th scope="row" data-label={t('admin.tokens.col.name')} className="break">
                      {token.name}
                    </th>
                    <td data-label={t('admin.tokens.col.owner')} className="break">
                      {token.userEmail}
                    </td>
                    <td data-label={t('admin.tokens.col.created')}>{when(token.createdAt)}</td>
                    <td data-label={t('admin.tokens.col.expires')}>{when(token.expiresAt)}</td>
                    <td data-label={t('admin.tokens.col.lastUsed')}>{when(token.lastUsedAt)}</td>
                    <td data-label={t('admin.tokens.col.state')}>
                      {t(`admin.tokens.${state}`)}
                      {state === 'active' && (
                        <ConfirmAction
                          label={t('admin.tokens.revokeNamed', { name: token.name })}
                          warning={t('admin.tokens.revokeWarn', { name: token.name })}
                          confirmLabel={t('admin.tokens.confirmRevoke')}
                          run={() => revoke.mutateAsync(token.id)}
                          done={t('admin.tokens.revokedDone')}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <CreateTokenForm />
    </section>
  );
}
