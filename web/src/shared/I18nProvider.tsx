import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, initialLang, LANG_STORAGE_KEY, translatorOf, type I18n, type Lang } from './i18n';

/** Holds the chosen language, remembers it, and keeps <html lang> in step. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched.
    }
  }, []);

  const value = useMemo<I18n>(() => ({ lang, setLang, ...translatorOf(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
