import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { navigate } from '../../shared/router';
import type { Href } from '../../shared/routes';

/** A whole date, not one half-typed (typing "2016" passes through the years 0002, 0020 and 0201). */
const COMPLETE_DATE = /^[1-9]\d{3}-\d{2}-\d{2}$/;

/**
 * Picks the date the rules are shown for. The choice lives in the address (?at=YYYY-MM-DD), which
 * it replaces rather than adds to the history: the back button leaves the page, not one date.
 */
export function AtDateForm({
  hrefAt,
  value,
  chosen,
}: {
  /** The page's address at a date (null: today). */
  readonly hrefAt: (date: string | null) => Href;
  /** The date shown (the chosen one, or today in the place). */
  readonly value: string;
  /** Whether the reader chose a date (else it is today). */
  readonly chosen: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  // Uncontrolled, so that typing is never undone; follows the shown date unless the reader is typing.
  useEffect(() => {
    if (input.current && document.activeElement !== input.current) input.current.value = value;
  }, [value]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    if (next === '') navigate(hrefAt(null), { replace: true });
    else if (COMPLETE_DATE.test(next)) navigate(hrefAt(next), { replace: true });
  };
  return (
    <div className="date-form">
      <label htmlFor={id}>{t('policies.dateLabel')}</label>
      <input ref={input} id={id} type="date" defaultValue={value} onChange={onChange} />
      {chosen && <Link to={hrefAt(null)}>{t('policies.today')}</Link>}
    </div>
  );
}
