import { forwardRef, type MouseEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { controlId } from './Field';

export interface SummaryItem {
  /** The field the item links to, or null for an error that names no field. */
  readonly field: string | null;
  readonly label: string;
  readonly text: string;
}

/** The list of problems at the top of the form, focused after a failed submit; each links to its field. */
export const ErrorSummary = forwardRef<HTMLDivElement, { readonly items: readonly SummaryItem[] }>(
  function ErrorSummary({ items }, ref) {
    const { plural } = useI18n();
    const focusField = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
      const target = document.getElementById(controlId(field));
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'center' });
    };
    return (
      <div className="message message-error error-summary" role="alert" tabIndex={-1} ref={ref}>
        <h2>{plural('intake.summary', items.length)}</h2>
        <ul>
          {items.map((item, i) => (
            <li key={i}>
              {item.field ? (
                <a href={`#${controlId(item.field)}`} onClick={(e) => focusField(e, item.field!)}>
                  {item.label}: {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
