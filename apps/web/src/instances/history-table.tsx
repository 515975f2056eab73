// The hash-chained history: seq, event, actor, time, state after and a short hash (full hash on hover).
import type { HistoryEntry } from '@liucheng/contracts';
import { Grid, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import type { SpecMeta } from '../spec/spec-meta';
import { engineEventKey } from './engine-event-key';
import { JsonValueText } from './json-value-text';
import { StateValueText } from './state-value-text';
import { UserName } from '../users/user-name';

const SHORT_HASH = 10;

export function HistoryTable({ entries, meta, spec }: { entries: HistoryEntry[]; meta: SpecMeta; spec?: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const eventLabel = (type: string) => {
    const engine = engineEventKey(type);
    return engine ? t(engine as 'history.start') : pickLabel(meta.events[type]?.title, language, type);
  };

  return (
    <Table<HistoryEntry>
      size="small"
      rowKey="seq"
      pagination={false}
      dataSource={entries}
      // On a phone the table keeps seq, event, actor and time (state and hash need a wider screen), so nothing is cut off.
      scroll={screens.md === false ? undefined : { x: 720 }}
      expandable={{
        rowExpandable: (entry) => Object.keys(entry.data ?? {}).length > 0,
        expandedRowRender: (entry) => <JsonValueText value={entry.data} />,
      }}
      columns={[
        { title: t('history.seq'), dataIndex: 'seq', width: 64 },
        {
          title: t('history.type'),
          dataIndex: 'type',
          render: (type: string) => (
            <Tooltip title={type}>
              <span>{eventLabel(type)}</span>
            </Tooltip>
          ),
        },
        { title: t('history.actor'), dataIndex: 'actor', render: (actor: string) => <UserName username={actor} /> },
        { title: t('history.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at, language) },
        {
          title: t('history.stateAfter'),
          dataIndex: 'stateAfter',
          responsive: ['md'],
          render: (state: HistoryEntry['stateAfter']) => <StateValueText value={state} spec={spec} />,
        },
        {
          title: t('history.hash'),
          dataIndex: 'hash',
          responsive: ['md'],
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
