import { useI18n } from '../../shared/i18n';

/** The law library is a later feature; say so rather than show anything made up. */
export function LawLibraryNote() {
  const { t } = useI18n();
  return <p className="message message-note">{t('place.lawNote')}</p>;
}
