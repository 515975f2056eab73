// A stored 明细 as a small read-only table: columns by their titles, cells as the reader reads them, the total below.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DisplayTable } from './field-value';

export function DetailTableView({ table }: { table: DisplayTable }) {
  const { t } = useTranslation();
  return (
    <div data-testid="detail-table-view">
      <Table<{ key: number; cells: string[] }>
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={table.rows.map((cells, index) => ({ key: index, cells }))}
        locale={{ emptyText: t('detailTable.empty') }}
        columns={[
          { key: '__number', title: t('detailTable.rowNumber'), width: 56, render: (_: unknown, row) => row.key + 1 },
          ...table.columns.map((column, index) => ({
            key: column.key,
            title: column.title,
            render: (_: unknown, row: { cells: string[] }) => row.cells[index],
          })),
        ]}
      />
      {table.total !== undefined && (
        <Typography.Text
          strong
          data-testid="detail-total"
          style={{ display: 'block', textAlign: 'right', marginTop: 4 }}
        >
          {t('detailTable.totalValue', { total: table.total })}
        </Typography.Text>
      )}
    </div>
  );
}
