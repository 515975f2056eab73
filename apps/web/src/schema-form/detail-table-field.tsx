// A 明细 (array of row objects) as a table: one row per line with each cell the column's own widget
// (rjsf SchemaField, so errors show under the cell), add/remove row buttons, and a live total.
// The total is display only: the server validates the rows and never trusts a sum sent by the form.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ErrorSchema, FieldProps, RJSFSchema } from '@rjsf/utils';
import { toFieldPathId } from '@rjsf/utils';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { detailColumns, detailTotal, isMoneyColumn, totalColumn } from './detail-table';
import './detail-table-field.css';

type Row = Record<string, unknown>;

const CELL_UI = { 'ui:label': false };

export function DetailTableField(props: FieldProps) {
  const { schema, formData, errorSchema, fieldPathId, registry, onChange, onBlur, onFocus, disabled, readonly } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: Row[] = Array.isArray(formData) ? (formData as Row[]) : [];
  const columns = detailColumns(schema);
  const total = totalColumn(schema);
  const locked = disabled || readonly;
  const { SchemaField } = registry.fields;
  const { globalFormOptions } = registry;
  const setRows = (next: Row[]) => onChange(next, fieldPathId.path);
  const cellErrors = (index: number, key: string) =>
    (errorSchema as Record<string, Record<string, ErrorSchema> | undefined> | undefined)?.[index]?.[key];
  const totalText =
    total &&
    (isMoneyColumn(total)
      ? formatMoney(detailTotal(rows, total.key), language)
      : new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(detailTotal(rows, total.key)));
  const title = typeof schema.title === 'string' ? schema.title : props.name;
  return (
    <div className="liucheng-detail-table" data-testid="detail-table" data-field={props.name}>
      <Typography.Text className="liucheng-detail-title">
        {props.required && <span className="liucheng-detail-required">* </span>}
        {title}
      </Typography.Text>
      <Table<Row & { __index: number }>
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey="__index"
        dataSource={rows.map((row, index) => ({ ...row, __index: index }))}
        locale={{ emptyText: t('detailTable.empty') }}
        columns={[
          {
            key: '__number',
            title: t('detailTable.rowNumber'),
            width: 56,
            fixed: 'left' as const,
            render: (_: unknown, row) => row.__index + 1,
          },
          ...columns.map((column) => ({
            key: column.key,
            title: (
              <span>
                {column.required && <span className="liucheng-detail-required">* </span>}
                {typeof column.schema.title === 'string' ? column.schema.title : column.key}
              </span>
            ),
            onCell: () => ({ 'data-column': column.key }) as React.HTMLAttributes<HTMLElement>,
            render: (_: unknown, row: Row & { __index: number }) => (
              <SchemaField
                name={column.key}
                schema={column.schema as RJSFSchema}
                uiSchema={CELL_UI}
                formData={row[column.key]}
                errorSchema={cellErrors(row.__index, column.key)}
                fieldPathId={toFieldPathId(
                  column.key,
                  globalFormOptions,
                  toFieldPathId(row.__index, globalFormOptions, fieldPathId),
                )}
                required={column.required}
                onChange={onChange}
                onBlur={onBlur}
                onFocus={onFocus}
                registry={registry}
                disabled={disabled}
                readonly={readonly}
              />
            ),
          })),
          ...(locked
            ? []
            : [
                {
                  key: '__actions',
                  title: t('detailTable.actions'),
                  width: 64,
                  // Kept in view when a wide table scrolls sideways (in the start form's modal).
                  fixed: 'right' as const,
                  render: (_: unknown, row: Row & { __index: number }) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('detailTable.removeRow')}
                      data-testid="detail-remove-row"
                      onClick={() => setRows(rows.filter((_r, i) => i !== row.__index))}
                    />
                  ),
                },
              ]),
        ]}
      />
      <div className="liucheng-detail-footer">
        {!locked && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            data-testid="detail-add-row"
            onClick={() => setRows([...rows, {}])}
          >
            {t('detailTable.addRow')}
          </Button>
        )}
        {total && (
          <Typography.Text strong data-testid="detail-total">
            {t('detailTable.totalValue', { total: totalText })}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
