import { LANGUAGE_NAMES, LANGUAGES, useI18n } from './i18n';

/** One button per language, each named in its own language; the current one is pressed. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('nav.language')}>
      {LANGUAGES.map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={option === lang} onClick={() => setLang(option)}>
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
