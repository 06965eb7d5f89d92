import { useI18n } from '../../shared/i18n';
import type { AgencyKind } from '../../shared/types';

/** The kinds of agency a rule binds, in words ("county jails, police departments"). */
export function AgencyKinds({ kinds }: { readonly kinds: readonly AgencyKind[] | null }) {
  const { t } = useI18n();
  return <>{kinds === null ? t('rule.bindsAll') : kinds.map((kind) => t(`agencyKind.${kind}`)).join(', ')}</>;
}
