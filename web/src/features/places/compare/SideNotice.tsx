import { useI18n } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import type { Side } from './compareParams';
import type { PlaceLookup } from './usePlaceInfo';

/** Says plainly what is wrong with one side of the address (which side, what was written, why). */
export function SideNotice({
  label,
  side,
  lookup,
}: {
  readonly label: string;
  readonly side: Side;
  readonly lookup: PlaceLookup;
}) {
  const { t } = useI18n();
  if (side.kind === 'missing') return <p className="message message-note">{t('compare.missing', { side: label })}</p>;
  if (side.kind === 'invalid')
    return (
      <p className="message message-error" role="alert">
        {t('compare.invalid', { side: label, raw: side.raw })}
      </p>
    );
  if (lookup.kind === 'notFound')
    return (
      <p className="message message-error" role="alert">
        {t('compare.notFound', { side: label, code: lookup.code })}
      </p>
    );
  if (lookup.kind === 'error') return <ErrorMessage error={lookup.error} />;
  return null;
}
