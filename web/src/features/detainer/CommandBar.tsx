import { useI18n } from '../../shared/i18n';
import type { CommandOffer, CommandType } from './commandModel';

/** One button per command the detainer offers the caller now (and no other). */
export function CommandBar({
  commands,
  onOpen,
}: {
  readonly commands: readonly CommandOffer[];
  readonly onOpen: (type: CommandType) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="commands-heading" className="commands">
      <h2 id="commands-heading">{t('detainer.commands.heading')}</h2>
      {commands.length === 0 ? (
        <p>{t('detainer.commands.none')}</p>
      ) : (
        <ul className="command-list">
          {commands.map((offer) => (
            <li key={offer.type}>
              <button
                type="button"
                className={
                  offer.type === 'cancelled' || offer.type === 'decision-overridden'
                    ? 'button'
                    : 'button button-primary'
                }
                aria-haspopup="dialog"
                onClick={() => onOpen(offer.type)}
              >
                {t(`detainer.cmd.${offer.type}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
