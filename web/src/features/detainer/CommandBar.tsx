import type { CommandOffer, CommandType } from './commandModel';
import { useDetainerText } from './strings';

/** One button per command the detainer offers the caller now (and no other). */
export function CommandBar({
  commands,
  onOpen,
}: {
  readonly commands: readonly CommandOffer[];
  readonly onOpen: (type: CommandType) => void;
}) {
  const { d } = useDetainerText();
  return (
    <section aria-labelledby="commands-heading" className="commands">
      <h2 id="commands-heading">{d('commands.heading')}</h2>
      {commands.length === 0 ? (
        <p>{d('commands.none')}</p>
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
                {d(`cmd.${offer.type}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
