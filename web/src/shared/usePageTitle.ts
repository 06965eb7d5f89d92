import { useEffect } from 'react';
import { translate, useI18n } from './i18n';

/** Sets the tab title to "<page> · Detainer Desk" (or just the app name). */
export function usePageTitle(title: string | null): void {
  const { lang } = useI18n();
  useEffect(() => {
    const app = translate(lang, 'app.name');
    document.title = title ? `${title} · ${app}` : app;
  }, [title, lang]);
}
