import { useI18n } from '../i18n';

/**
 * A text of the law library in the reader's language: for a Spanish reader its unofficial Spanish
 * (a rule's title or summary, a duty's text), followed by "(traducción no oficial)" unless
 * `mark={false}` (then put <UnofficialMark> beside it, e.g. outside a link); the English, marked
 * lang="en", where there is no Spanish or for an English reader.
 */
export function LawText({
  en,
  es,
  mark = true,
}: {
  readonly en: string;
  readonly es: string | null | undefined;
  readonly mark?: boolean;
}) {
  const { lang } = useI18n();
  if (lang === 'es' && es) {
    return (
      <>
        <span lang="es">{es}</span>
        {mark && (
          <>
            {' '}
            <UnofficialMark es={es} />
          </>
        )}
      </>
    );
  }
  return <span lang="en">{en}</span>;
}

/** "(traducción no oficial)" for a Spanish reader shown the library's Spanish; nothing otherwise. */
export function UnofficialMark({ es }: { readonly es: string | null | undefined }) {
  const { lang, t } = useI18n();
  if (lang !== 'es' || !es) return null;
  return <span className="small muted unofficial">{t('detainer.duties.unofficial')}</span>;
}

/** The title to give the page or a label: the Spanish for a Spanish reader where there is one. */
export function useLawText(en: string, es: string | null | undefined): string {
  const { lang } = useI18n();
  return lang === 'es' && es ? es : en;
}
