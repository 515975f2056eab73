// Pure: a 明细 (detail table) schema's columns and its live total, for the form and the request view.
import { schemaToFields } from './schema-fields';

type JsonObject = Record<string, unknown>;

export interface DetailColumn {
  key: string;
  /** The raw title ("金额 / Amount"), or the key. */
  title: string;
  schema: JsonObject;
  required: boolean;
}

/**
 * True for an array whose rows are objects (明细), marked `x-detail` or not; a list of files is not one.
 * @example isDetailTableSchema({ type: 'array', items: { type: 'object', properties: {} } }) // true
 */
export function isDetailTableSchema(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  if (isObject(schema['x-detail'])) return true;
  const items = schema.items;
  return schema.type === 'array' && isObject(items) && items.type === 'object' && items['x-attachment'] !== true;
}

/** The columns of a detail table, in the rows' field order (`x-order`). */
export function detailColumns(schema: unknown): DetailColumn[] {
  const items = isObject(schema) && isObject(schema.items) ? schema.items : {};
  const properties = isObject(items.properties) ? items.properties : {};
  return schemaToFields(items).map((field) => ({
    key: field.name,
    title: field.title,
    schema: isObject(properties[field.name]) ? (properties[field.name] as JsonObject) : {},
    required: field.required,
  }));
}

/** The column a table totals (`x-detail.total`) when it is one of its number columns. */
export function totalColumn(schema: unknown): DetailColumn | undefined {
  const detail = isObject(schema) && isObject(schema['x-detail']) ? schema['x-detail'] : {};
  const column = detailColumns(schema).find((c) => c.key === detail.total);
  return column && (column.schema.type === 'number' || column.schema.type === 'integer') ? column : undefined;
}

/** True for a money column (`x-kind: money`). */
export function isMoneyColumn(column: DetailColumn): boolean {
  return column.schema['x-kind'] === 'money';
}

/**
 * The sum of `key` over the rows, in cents so ¥0.10 + ¥0.20 is ¥0.30; rows without a number count 0.
 * @example detailTotal([{ a: 0.1 }, { a: 0.2 }, {}], 'a') // 0.3
 */
export function detailTotal(rows: unknown, key: string): number {
  if (!Array.isArray(rows)) return 0;
  const cents = rows.reduce<number>((sum, row) => {
    const value = isObject(row) ? row[key] : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? sum + Math.round(value * 100) : sum;
  }, 0);
  return cents / 100;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
