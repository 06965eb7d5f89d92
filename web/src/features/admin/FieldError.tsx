import type { ApiError } from '../../shared/api';
import { errorText } from '../../shared/errorText';
import { useI18n } from '../../shared/i18n';

/** The server's error for one field (details.field), if the error names it. */
export function fieldError(error: ApiError | null, field: string): ApiError | null {
  return error && error.details['field'] === field ? error : null;
}

/** The text under a field when the server refused its value; nothing otherwise. */
export function FieldError({ id, error }: { readonly id: string; readonly error: ApiError | null }) {
  const { lang } = useI18n();
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {errorText(error, lang)}
    </p>
  );
}
