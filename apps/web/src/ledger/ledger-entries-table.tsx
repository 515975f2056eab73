// 台账明细: every entry, newest first, with the instance it came from (the audit view for
// auditors and admins, the instance page for a department head).
import type { LedgerEntryContract } from '@liucheng/contracts';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatShanghai } from '../audit/audit-format';
import { formatMoney } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { useSession } from '../auth/session-context';
import { mayReadAuditEvidence } from '../users/role-home';

const KIND_COLOURS = { fine: 'orange', penalty: 'red', points: 'green' } as const;

export function LedgerEntriesTable({ entries }: { entries: LedgerEntryContract[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const instancePath = mayReadAuditEvidence(session?.user.roles ?? []) ? '/audit' : '/instances';
  return (
    <Table<LedgerEntryContract>
      data-testid="ledger-entries"
      rowKey={(e) => `${e.instanceId}:${e.at}:${e.kind}:${e.amount}:${e.person?.username ?? ''}`}
      size="small"
      dataSource={entries}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('ledger.empty') }}
      columns={[
        { title: t('ledger.at'), dataIndex: 'at', render: (at: string) => formatShanghai(at, language) },
        {
          title: t('ledger.kind'),
          dataIndex: 'kind',
          render: (kind: LedgerEntryContract['kind']) => (
            <Tag color={KIND_COLOURS[kind]}>{t(`ledger.kind-${kind}`)}</Tag>
          ),
        },
        {
          title: t('ledger.amount'),
          dataIndex: 'amount',
          align: 'right',
          render: (amount: number, e) =>
            e.kind === 'points' ? t('ledger.pointsValue', { points: amount }) : formatMoney(amount, language),
        },
        {
          title: t('ledger.person'),
          dataIndex: 'person',
          render: (_, e) => (e.person ? pickLabel(e.person.displayName, language, e.person.username) : '—'),
        },
        {
          title: t('ledger.department'),
          dataIndex: 'department',
          render: (_, e) => (e.department ? pickLabel(e.department.name, language) : '—'),
        },
        { title: t('ledger.reason'), dataIndex: 'reason', render: (_, e) => pickLabel(e.reason, language) || '—' },
        {
          title: t('ledger.process'),
          dataIndex: 'definitionKey',
          render: (_, e) => (
            <Link to={`${instancePath}/${e.instanceId}`}>
              {pickLabel(e.definitionTitle, language, e.definitionKey)}
              {e.businessKey ? ` · ${e.businessKey}` : ''}
            </Link>
          ),
        },
      ]}
    />
  );
}
