import { useI18n } from '../../shared/i18n';
import { ACTIONS, PROFILES, type MapAction, type MapProfile } from './mapState';

interface ViewControlsProps {
  readonly action: MapAction;
  readonly profile: MapProfile;
  readonly show: (change: { action?: MapAction; profile?: MapProfile }) => void;
}

/** The action asked and the profile of person: choosing one shows its map (and puts it in the address). */
export function ViewControls({ action, profile, show }: ViewControlsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="field">
        <label htmlFor="map-action">{t('map.action')}</label>
        <select
          id="map-action"
          value={action}
          onChange={(event) => show({ action: event.currentTarget.value as MapAction })}
        >
          {ACTIONS.map((value) => (
            <option key={value} value={value}>
              {t(`map.action.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="map-profile">{t('map.profile')}</label>
        <select
          id="map-profile"
          value={profile}
          onChange={(event) => show({ profile: event.currentTarget.value as MapProfile })}
        >
          {PROFILES.map((value) => (
            <option key={value} value={value}>
              {t(`map.profile.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
