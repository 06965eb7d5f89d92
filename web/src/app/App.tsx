import { SessionProvider } from '../features/auth/SessionProvider';
import { I18nProvider } from '../shared/I18nProvider';
import { Layout } from './Layout';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Layout />
      </SessionProvider>
    </I18nProvider>
  );
}
