import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from '../shared/api/queryClient';
import { I18nProvider } from '../shared/I18nProvider';
import { Layout } from './Layout';

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <I18nProvider>
        <Layout />
      </I18nProvider>
    </QueryClientProvider>
  );
}
