import { CLIENT_ERROR, type ApiError } from './api';
import { isMessageKey, translate, type Lang } from './i18n';

/**
 * What to tell the reader about an error: the dictionary's text for its code when there is one
 * in their language, else the API's own message.
 */
export function errorText(error: ApiError, lang: Lang): string {
  const key = `apiError.${error.code}`;
  const clientSide = error.code === CLIENT_ERROR.network;
  if (isMessageKey(key) && (lang !== 'en' || clientSide)) return translate(lang, key);
  return error.message;
}
