import { useI18n } from '../../shared/i18n';

/** Says plainly that a demo agency's people and requests are made up. */
export function SyntheticBanner() {
  const { t } = useI18n();
  return (
    <p className="banner-synthetic" role="note">
      {t('desk.synthetic')}
    </p>
  );
}
