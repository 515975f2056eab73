// The auditor's home: search instances (the filters live in the URL) and open one to replay and verify it.
import { AccountBookOutlined, BarChartOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAuditSearch } from '../api/audit-search.api';
import { useDefinitions } from '../api/definitions.api';
import { AuditResultsTable } from '../audit/audit-results-table';
import { AuditSearchForm } from '../audit/audit-search-form';
import { readAuditSearch, writeAuditSearch } from '../audit/audit-search';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { mayReadAuditEvidence } from '../users/role-home';

export function AuditSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = readAuditSearch(params);
  const pages = useAuditSearch(search);
  const definitions = useDefinitions();
  const instances = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const { session } = useSession();
  // A process owner searches their own processes; the ledger and analytics are over everything.
  const evidence = mayReadAuditEvidence(session?.user.roles ?? []);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('audit.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
        </div>
        {evidence && (
          <Space wrap>
            <Link to="/audit/ledger">
              <Button icon={<AccountBookOutlined />}>{t('ledger.nav')}</Button>
            </Link>
            <Link to="/audit/analytics">
              <Button icon={<BarChartOutlined />}>{t('ledger.analyticsNav')}</Button>
            </Link>
          </Space>
        )}
      </Flex>
      <Card size="small">
        <AuditSearchForm
          key={params.toString()}
          value={search}
          onSearch={(next) => setParams(writeAuditSearch(next))}
        />
      </Card>
      {pages.error && <ErrorAlert error={pages.error} />}
      <AuditResultsTable instances={instances} definitions={definitions.data ?? []} loading={pages.isPending} />
      {pages.hasNextPage && (
        <Flex justify="center">
          <Button loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            {t('audit.more')}
          </Button>
        </Flex>
      )}
    </Space>
  );
}
