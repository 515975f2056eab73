// Every history entry: seq, event, who (display name), when (Asia/Shanghai), its data, the state
// after it and a short hash (full on hover). The player's current step is marked; a row jumps to it.
import type { HistoryEntry } from '@liucheng/contracts';
import { Table, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { JsonValueText } from '../instances/json-value-text';
import { StateValueText } from '../instances/state-value-text';
import type { SpecMeta } from '../spec/spec-meta';
import { UserName } from '../users/user-name';
import { formatShanghai } from './audit-format';
import { eventLabel } from './event-label';

const SHORT_HASH = 10;

export interface AuditTimelineProps {
  entries: HistoryEntry[];
  meta: SpecMeta;
  spec?: unknown;
  current: number;
  onPick: (seq: number) => void;
}

export function AuditTimeline({ entries, meta, spec, current, onPick }: AuditTimelineProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table<HistoryEntry>
      data-testid="audit-timeline"
      size="small"
      rowKey="seq"
      pagination={false}
      dataSource={entries}
      scroll={{ x: 'max-content' }}
      onRow={(entry) =>
        ({
          onClick: () => onPick(entry.seq),
          'data-current': entry.seq === current ? 'true' : undefined,
          style: { cursor: 'pointer', ...(entry.seq === current ? { background: '#e6f4ff' } : {}) },
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: t('history.seq'), dataIndex: 'seq', width: 64 },
        {
          title: t('history.type'),
          dataIndex: 'type',
          render: (type: string) => (
            <Tooltip title={type}>
              <span>{eventLabel(type, meta, language, t)}</span>
            </Tooltip>
          ),
        },
        { title: t('history.actor'), dataIndex: 'actor', render: (actor: string) => <UserName username={actor} /> },
        { title: t('audit.atShanghai'), dataIndex: 'at', render: (at: string) => formatShanghai(at, language) },
        {
          title: t('history.data'),
          dataIndex: 'data',
          render: (data: Record<string, unknown>) =>
            Object.keys(data ?? {}).length > 0 ? (
              // A long entry (the resolved approvers) scrolls within its cell instead of stretching the table.
              <div style={{ maxHeight: 160, maxWidth: 420, overflow: 'auto' }}>
                <JsonValueText value={data} />
              </div>
            ) : (
              '—'
            ),
        },
        {
          title: t('history.stateAfter'),
          dataIndex: 'stateAfter',
          render: (state: HistoryEntry['stateAfter']) => <StateValueText value={state} spec={spec} />,
        },
        {
          title: t('history.hash'),
          dataIndex: 'hash',
          render: (hash: string) => (
            <Tooltip title={hash}>
              <Typography.Text code copyable={{ text: hash }}>
                {hash.slice(0, SHORT_HASH)}
              </Typography.Text>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
