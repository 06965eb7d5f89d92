import { toApiError } from '../../shared/api';
import { useStates } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import type { PlaceKind } from '../../shared/types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';

const KIND_ORDER: readonly PlaceKind[] = ['state', 'district', 'territory'];

/** Every state, DC and territory, grouped by kind, each linking to its page. */
export function StateList() {
  const { t } = useI18n();
  const answer = useStates();
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <ErrorMessage error={toApiError(answer.error)} />;

  return (
    <>
      {KIND_ORDER.map((kind) => {
        const places = answer.data.states.filter((state) => state.kind === kind);
        if (places.length === 0) return null;
        const headingId = `places-${kind}`;
        return (
          <section key={kind} aria-labelledby={headingId}>
            <h3 id={headingId}>{t(`kinds.${kind}`)}</h3>
            <ul className="place-list">
              {places.map((state) => (
                <li key={state.code}>
                  <Link to={href('state', { code: state.code })}>{state.name}</Link>{' '}
                  <span className="muted small" aria-hidden="true">
                    {state.code}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
