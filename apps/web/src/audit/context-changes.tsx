// The context after one step with what changed since the step before: changed fields marked in the
// table, and the list of changed paths with their old and new values.
import type { ContextChangeContract } from '@liucheng/contracts';
import { Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentNameOf } from '../api/department-codes';
import { useDepartments } from '../api/departments.api';
import { formatMoney } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { JsonValueText } from '../instances/json-value-text';
import { useDisplayNames } from '../users/use-display-name';
import type { NamedKind } from './named-fields';

const KIND_COLOUR = { added: 'green', removed: 'red', changed: 'orange' } as const;
const KIND_LABEL = {
  added: 'audit.changeAdded',
  removed: 'audit.changeRemoved',
  changed: 'audit.changeChanged',
} as const;

/** The top-level field a change is under (`log.0` → `log`). */
const fieldOf = (path: string) => path.split('.')[0];

export function ContextChanges({
  context,
  changes,
  money,
  named = {},
}: {
  context: Record<string, unknown>;
  changes: readonly ContextChangeContract[];
  /** Context paths holding money, shown as ¥1,234.00. */
  money: readonly string[];
  /** Context paths holding a person's username or a department's code, shown by name (with the stored value). */
  named?: Readonly<Record<string, NamedKind>>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const personName = useDisplayNames();
  const departments = useDepartments();
  const nameOf = (kind: NamedKind, value: string) =>
    kind === 'person' ? personName(value) : departmentNameOf(departments.data ?? [], value, language);
  const valueAt = (path: string) => (value: unknown) => {
    if (money.includes(path) && typeof value === 'number') return formatMoney(value, language);
    const kind = named[path];
    // The auditor sees the name and, when the name does not already show it, the value the record holds.
    if (kind && typeof value === 'string') {
      const name = nameOf(kind, value);
      if (name.includes(value)) return name;
      return language === 'en' ? `${name} (${value})` : `${name}（${value}）`;
    }
    return <JsonValueText value={value} />;
  };
  const changed = new Map(changes.map((change) => [fieldOf(change.path), change.kind]));
  // `$` keys are the engine's bookkeeping (approvals): listed among the changes, not as data fields.
  const fields = Object.keys(context)
    .filter((field) => !field.startsWith('$'))
    .sort();
  const removed = changes.filter((c) => c.kind === 'removed' && !c.path.includes('.')).map((c) => c.path);
  const rows = [...fields, ...removed.filter((f) => !fields.includes(f))].map((field) => ({
    field,
    value: context[field],
    kind: changed.get(field),
  }));

  return (
    <>
      <Table
        data-testid="player-context"
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('detail.contextEmpty') }}
        onRow={(row) =>
          ({
            'data-field': row.field,
            'data-change': row.kind ?? 'none',
            style: row.kind ? { background: row.kind === 'removed' ? '#fff1f0' : '#fffbe6' } : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('detail.field'),
            dataIndex: 'field',
            width: '35%',
            render: (field: string, row) => (
              <>
                <Typography.Text code>{field}</Typography.Text>{' '}
                {row.kind && <Tag color={KIND_COLOUR[row.kind]}>{t(KIND_LABEL[row.kind])}</Tag>}
              </>
            ),
          },
          { title: t('detail.value'), dataIndex: 'value', render: (value: unknown, row) => valueAt(row.field)(value) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('audit.changes')}
      </Typography.Title>
      <Table
        data-testid="player-changes"
        size="small"
        rowKey="path"
        pagination={false}
        dataSource={[...changes]}
        locale={{ emptyText: t('audit.noChanges') }}
        onRow={(row) => ({ 'data-path': row.path, 'data-change': row.kind }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('audit.path'),
            dataIndex: 'path',
            render: (path: string, row) => (
              <>
                <Typography.Text code>{path}</Typography.Text>{' '}
                <Tag color={KIND_COLOUR[row.kind]}>{t(KIND_LABEL[row.kind])}</Tag>
              </>
            ),
          },
          { title: t('audit.before'), dataIndex: 'before', render: (v: unknown, row) => valueAt(row.path)(v) },
          { title: t('audit.after'), dataIndex: 'after', render: (v: unknown, row) => valueAt(row.path)(v) },
        ]}
      />
    </>
  );
}
