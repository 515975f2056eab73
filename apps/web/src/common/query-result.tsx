// Renders a react-query result: spinner while loading, error with retry, children once data is there.
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { ErrorAlert } from './error-alert';
import { PageLoading } from './page-loading';

export function QueryResult<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <PageLoading />;
  if (query.isError)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ErrorAlert error={query.error} />
        {isRetryable(query.error) && <Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
      </Space>
    );
  return <>{children(query.data)}</>;
}

// A 4xx answer will not change by asking again; network failures and 5xx may.
function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}
