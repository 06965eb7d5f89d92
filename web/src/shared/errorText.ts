import { CLIENT_ERROR, type ApiError } from './api';
import { isMessageKey, translate, type Lang } from './i18n';
import { serverProblems, serverProblemText } from './problemText';

/**
 * What to tell the reader about an error: the dictionary's text for its code when there is one
 * in their language, else the API's own message.
 */
export function errorText(error: ApiError, lang: Lang): string {
  // A field problem: the field and its problem in the reader's language, when its kind has words.
  const [first, ...rest] = error.code === 'REQUEST.INVALID_FIELD' ? serverProblems(error.details) : [];
  const said = first ? serverProblemText(first, lang) : null;
  if (first && said?.lang === lang && rest.length === 0) return `${first.field}: ${said.text}`;
  const key = `apiError.${error.code}`;
  const clientSide = error.code === CLIENT_ERROR.network;
  if (isMessageKey(key) && (lang !== 'en' || clientSide)) return translate(lang, key);
  return error.message;
}
