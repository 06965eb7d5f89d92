import { useState } from 'react';
import { toApiError } from '../../shared/api';
import { useUsers } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { AddUserForm } from './AddUserForm';
import { useReturnFocus } from './Dialog';
import { UserDialog } from './UserDialog';

/** The agency's users: role, state, lock, last sign-in; each managed in a dialog; a form to add one. */
export function UsersSection({ timeZone }: { readonly timeZone: string }) {
  const { t, lang } = useI18n();
  const users = useUsers();
  const [openId, setOpenId] = useState<string | null>(null);
  const focus = useReturnFocus();
  const open = users.data?.users.find((user) => user.id === openId) ?? null;
  const now = Date.now();

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t('admin.section.users')}</h2>
      {users.isPending ? (
        <Loading />
      ) : users.error ? (
        <ErrorMessage error={toApiError(users.error)} />
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="users-caption">
          <table className="stack-table">
            <caption id="users-caption">{t('admin.users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.col.name')}</th>
                <th scope="col">{t('admin.users.col.role')}</th>
                <th scope="col">{t('admin.users.col.state')}</th>
                <th scope="col">{t('admin.users.col.lastSignIn')}</th>
                <th scope="col">{t('admin.users.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((user) => (
                <tr key={user.id}>
                  <th scope="row" data-label={t('admin.users.col.name')} className="break">
                    {user.displayName}
                    <br />
                    <span className="small muted">{user.email}</span>
                  </th>
                  <td data-label={t('admin.users.col.role')}>{t(`role.${user.role}`)}</td>
                  <td data-label={t('admin.users.col.state')}>
                    {user.disabled ? t('admin.users.disabled') : t('admin.users.active')}
                    {user.lockedUntil && Date.parse(user.lockedUntil) > now && (
                      <>
                        <br />
                        <span className="small">
                          {t('admin.users.lockedUntil', { time: formatInstant(user.lockedUntil, timeZone, lang) })}
                        </span>
                      </>
                    )}
                  </td>
                  <td data-label={t('admin.users.col.lastSignIn')}>
                    {user.lastSignInAt ? formatInstant(user.lastSignInAt, timeZone, lang) : t('admin.users.never')}
                  </td>
                  <td data-label={t('admin.users.col.actions')}>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('admin.users.manage', { name: user.displayName })}
                      onClick={() => {
                        focus.remember();
                        setOpenId(user.id);
                      }}
                    >
                      {t('admin.users.manageShort')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <UserDialog
          user={open}
          onClose={() => {
            setOpenId(null);
            focus.restore();
          }}
        />
      )}
      <AddUserForm />
    </section>
  );
}
