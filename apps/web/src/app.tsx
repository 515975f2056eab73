// The root component: providers (react-query, i18n, antd, session) around the router.
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AntdLocaleProvider } from './antd-locale-provider';
import { appRoutes } from './app-routes';
import { SessionProvider } from './auth/session-provider';
import { initI18n } from './i18n/i18n';
import { createQueryClient } from './query-client';

const i18n = initI18n();

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(appRoutes));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AntdLocaleProvider>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </AntdLocaleProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
