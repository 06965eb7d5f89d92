import { useEffect, useRef } from 'react';
import { useI18n } from '../shared/i18n';
import { useLocation } from '../shared/router';
import { Footer } from './Footer';
import { Header } from './Header';
import { RouteView } from './RouteView';

/** Header, the page, footer. After an in-app navigation, focus moves to the new page's content. */
export function Layout() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(pathname);

  useEffect(() => {
    if (shown.current === pathname) return; // First render: leave focus where the browser put it.
    shown.current = pathname;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header pathname={pathname} />
      <main id="main" ref={main} tabIndex={-1}>
        <RouteView pathname={pathname} search={search.size > 0 ? `?${search.toString()}` : ''} />
      </main>
      <Footer />
    </>
  );
}
