// 台账: the fines, points and penalties the workflows record, totalled per person, unit or month
// (chart and table), every entry, the CSV, and the month's points per unit for the assessment.
import { Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLedger } from '../api/ledger.api';
import { ErrorAlert } from '../common/error-alert';
import { AssessmentCard } from '../ledger/assessment-card';
import { LedgerChart } from '../ledger/ledger-chart';
import { LedgerEntriesTable } from '../ledger/ledger-entries-table';
import { LedgerFilters } from '../ledger/ledger-filters';
import { readLedgerSearch, writeLedgerSearch } from '../ledger/ledger-search';
import { useSession } from '../auth/session-context';
import { mayReadAuditEvidence } from '../users/role-home';
import { LedgerTotalsTable } from '../ledger/ledger-totals-table';

export function AuditLedgerPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = readLedgerSearch(params);
  const ledger = useLedger(search);
  const totals = ledger.data?.totals ?? [];
  const { session } = useSession();
  const wholeLedger = mayReadAuditEvidence(session?.user.roles ?? []);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ledger.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('ledger.intro')}
          {!wholeLedger && ` ${t('ledger.departmentScope')}`}
        </Typography.Text>
      </div>
      <Card size="small">
        <LedgerFilters value={search} onChange={(next) => setParams(writeLedgerSearch(next))} />
      </Card>
      {ledger.error && <ErrorAlert error={ledger.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('ledger.totals')} loading={ledger.isPending}>
            {totals.length > 0 && <LedgerChart totals={totals} />}
            <LedgerTotalsTable totals={totals} groupBy={search.groupBy} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <AssessmentCard />
        </Col>
      </Row>
      <Card size="small" title={t('ledger.details')}>
        <LedgerEntriesTable entries={ledger.data?.entries ?? []} />
      </Card>
    </Space>
  );
}
