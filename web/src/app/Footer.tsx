import { useI18n } from '../shared/i18n';

export function Footer() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <p>
        {t('app.footer')} <a href="/api/docs">{t('app.apiDocs')}</a>
      </p>
    </footer>
  );
}
