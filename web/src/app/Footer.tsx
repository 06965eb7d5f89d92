import { useI18n } from '../shared/i18n';
import { Link } from '../shared/Link';
import { href } from '../shared/routes';

export function Footer() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <p>
        {t('app.footer')} <a href="/api/docs">{t('app.apiDocs')}</a>
        {/* slice "measures" */}
        {' · '}
        <Link to={href('aboutData')}>{t('about.nav')}</Link>
      </p>
    </footer>
  );
}
