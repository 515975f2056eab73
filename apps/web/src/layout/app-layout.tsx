// The page frame for logged-in pages: header on top, content centred with a readable width.
import { Grid, Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from '../common/page-loading';
import { AppHeader } from './app-header';

export function AppLayout() {
  const screens = Grid.useBreakpoint();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout.Content style={{ padding: screens.md ? 24 : 12, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
