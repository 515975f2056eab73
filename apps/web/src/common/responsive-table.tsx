// A list that is a table on wide screens and one card per row on phones (under antd's `sm`),
// each card listing the columns as labelled lines, so no list needs sideways scrolling on a phone.
import { Card, Descriptions, Grid, Table } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';

export interface ResponsiveColumn<T> {
  key: string;
  /** The column heading, and the line's label on a card. */
  title: string;
  /** On a card, the line goes without its label (buttons). */
  bareOnCard?: boolean;
  render: (item: T) => ReactNode;
  align?: 'left' | 'right';
}

export interface ResponsiveTableProps<T> {
  items: T[];
  rowKey: (item: T) => string;
  columns: ResponsiveColumn<T>[];
  /** Attributes for the row (or the card): test ids, read state. */
  rowProps?: (item: T) => Record<string, string>;
}

export function ResponsiveTable<T extends object>({ items, rowKey, columns, rowProps }: ResponsiveTableProps<T>) {
  const screens = Grid.useBreakpoint();
  // useBreakpoint is empty on the first render; assume a wide screen until it answers.
  if (screens.sm === false)
    return (
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        {items.map((item) => (
          <Card key={rowKey(item)} size="small" data-testid="list-card" {...rowProps?.(item)}>
            <Descriptions
              column={1}
              size="small"
              items={columns.map((column) => ({
                key: column.key,
                label: column.bareOnCard ? undefined : column.title,
                children: column.render(item),
              }))}
            />
          </Card>
        ))}
      </div>
    );
  return (
    <Table<T>
      rowKey={rowKey}
      size="middle"
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(item) => (rowProps?.(item) ?? {}) as HTMLAttributes<HTMLElement>}
      columns={columns.map((column) => ({
        key: column.key,
        title: column.title,
        align: column.align,
        render: (_: unknown, item: T) => column.render(item),
      }))}
    />
  );
}
