import { useI18n } from '../../shared/i18n';
import { useResetSecondFactor, useUserAction } from '../../shared/api/hooks';
import type { AccountDto } from '../../shared/types';
import { ConfirmAction } from './ConfirmAction';
import { Dialog } from './Dialog';
import { PasswordForm } from './PasswordForm';
import { UserChangeForm } from './UserChangeForm';

interface UserDialogProps {
  readonly user: AccountDto;
  readonly onClose: () => void;
}

/** Everything an admin can do to one user: role and name, disable or enable, unlock, password, second factor. */
export function UserDialog({ user, onClose }: UserDialogProps) {
  const { t } = useI18n();
  const action = useUserAction();
  const reset = useResetSecondFactor();
  const name = user.displayName;

  return (
    <Dialog title={t('admin.user.dialogTitle', { name })} onClose={onClose}>
      <p className="muted break">{user.email}</p>
      <UserChangeForm user={user} />
      <section aria-labelledby="user-access-heading" className="dialog-section">
        <h3 id="user-access-heading">{t('admin.user.access')}</h3>
        {user.disabled ? (
          <ConfirmAction
            key="access"
            label={t('admin.user.enable')}
            warning={`${t('admin.user.enable')}: ${name}?`}
            confirmLabel={t('admin.user.enable')}
            run={() => action.mutateAsync({ id: user.id, action: 'enable' })}
            done={t('admin.user.enabledDone')}
          />
        ) : (
          <ConfirmAction
            key="access"
            label={t('admin.user.disable')}
            warning={t('admin.user.disableWarn', { name })}
            confirmLabel={t('admin.user.confirmDisable')}
            run={() => action.mutateAsync({ id: user.id, action: 'disable' })}
            done={t('admin.user.disabledDone')}
          />
        )}
        {user.lockedUntil && (
          <ConfirmAction
            label={t('admin.user.unlock')}
            warning={`${t('admin.user.unlock')}: ${name}?`}
            confirmLabel={t('admin.user.unlock')}
            run={() => action.mutateAsync({ id: user.id, action: 'unlock' })}
            done={t('admin.user.unlockedDone')}
          />
        )}
        <ConfirmAction
          label={t('admin.user.resetFactor')}
          warning={t('admin.user.resetFactorWarn')}
          confirmLabel={t('admin.user.confirmReset')}
          run={() => reset.mutateAsync(user.id)}
          done={t('admin.user.resetDone')}
        />
      </section>
      <PasswordForm userId={user.id} />
    </Dialog>
  );
}
