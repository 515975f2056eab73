// Pure: one stored value as a reader sees it, guided by its JSON Schema: money as ¥1,234.00,
// dates and durations in words, enum values by their titles, yes/no for booleans.
import { formatDate, formatDateTime, formatDuration, formatMoney } from '../i18n/format';
import type { AppLanguage } from '../i18n/language';
import { asLabel, pickLabel, splitBilingual } from '../i18n/localize';
import { isAttachmentValue, type AttachmentValue } from '../attachments/attachment-value';
import {
  detailColumns,
  detailTotal,
  isDetailTableSchema,
  isMoneyColumn,
  totalColumn,
} from '../schema-form/detail-table';

type JsonObject = Record<string, unknown>;

export interface ValueLabels {
  yes: string;
  no: string;
  /** A person field's username as people read it (the directory's display name). */
  person?: (username: string) => string;
  /** A department field's code as people read it (the department's name). */
  department?: (code: string) => string;
}

/** A 明细 as the reader sees it: column titles, each row's cells as text, and the total when it has one. */
export interface DisplayTable {
  kind: 'table';
  columns: Array<{ key: string; title: string }>;
  rows: string[][];
  total?: string;
}

/** What a field shows: text (possibly several lines), files to download, or a detail table. */
export type DisplayValue =
  { kind: 'text'; text: string } | { kind: 'attachments'; files: AttachmentValue[] } | DisplayTable;

// Titles and names that say "this is an amount of money".
const MONEY_TITLE = /[（(]\s*元|CNY|人民币|金额/;
const MONEY_NAME = /(amount|cost|fee|budget|price|sales|penalty|fine|reward|salary)(Total)?$/i;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Keys that records inside a field share (`{amount, reason, at, by}`), named when no schema does. */
const COMMON_KEYS: Record<string, { zh: string; en: string }> = {
  at: { zh: '时间', en: 'At' },
  by: { zh: '经办人', en: 'By' },
  comment: { zh: '意见', en: 'Comment' },
  reason: { zh: '原因', en: 'Reason' },
  amount: { zh: '金额', en: 'Amount' },
};

/** Schemas of fields named elsewhere in the definition (the request's forms), for keys nested in a record. */
export type SchemaLookup = (key: string) => unknown;

/**
 * True when a number field holds yuan: the schema says so (`format: money`, `x-money`,
 * `x-unit: CNY`), its title names 元/CNY/金额, or its name ends like an amount.
 * @example isMoneyField('actualAmount', { type: 'number' }) // true
 */
export function isMoneyField(name: string, schema: unknown): boolean {
  const s = asObject(schema);
  if (s.format === 'money' || s['x-kind'] === 'money' || s['x-money'] === true || s['x-unit'] === 'CNY') return true;
  if (typeof s.title === 'string' && MONEY_TITLE.test(s.title)) return true;
  return MONEY_NAME.test(name);
}

/**
 * The label of an enum value: its `oneOf`/`anyOf` entry's title, else the parallel `enumNames`
 * (`x-enumNames`) entry, else the value itself.
 * @example enumLabel('city', { enum: ['city'], enumNames: ['市区 / City'] }, 'en') // 'City'
 */
export function enumLabel(value: unknown, schema: unknown, language: AppLanguage): string | undefined {
  const s = asObject(schema);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = Array.isArray(s[key]) ? (s[key] as unknown[]) : [];
    const hit = options.map(asObject).find((option) => 'const' in option && option.const === value);
    if (hit) return titleText(hit.title, language);
  }
  const names = Array.isArray(s.enumNames) ? s.enumNames : Array.isArray(s['x-enumNames']) ? s['x-enumNames'] : null;
  if (names && Array.isArray(s.enum)) {
    const index = s.enum.indexOf(value);
    if (index >= 0 && names[index] !== undefined) return titleText(names[index], language);
  }
  return undefined;
}

/** A schema title, `{zh, en}` or "中文 / English", in the language. */
export function titleText(title: unknown, language: AppLanguage, fallback = ''): string {
  if (typeof title === 'string') return splitBilingual(title, language) || fallback;
  return pickLabel(asLabel(title), language, fallback);
}

/**
 * How `value` of field `name` reads, guided by `schema` (which may be missing).
 * @example displayValue('estimatedAmount', 1234, { type: 'number' }, 'zh-CN', labels) // { kind: 'text', text: '¥1,234.00' }
 */
export function displayValue(
  name: string,
  value: unknown,
  schema: unknown,
  language: AppLanguage,
  labels: ValueLabels,
  lookup: SchemaLookup = () => undefined,
): DisplayValue {
  if (isAttachmentValue(value)) return { kind: 'attachments', files: [value] };
  if (Array.isArray(value) && value.length > 0 && value.every(isAttachmentValue))
    return { kind: 'attachments', files: value };
  if (Array.isArray(value) && isDetailTableSchema(schema))
    return tableValue(value, schema, { language, labels, lookup });
  return { kind: 'text', text: valueText(name, value, schema, { language, labels, lookup }) };
}

interface Reading {
  language: AppLanguage;
  labels: ValueLabels;
  lookup: SchemaLookup;
}

// Each cell reads like a field of its column; the total is the rows' sum, recomputed here.
function tableValue(rows: unknown[], schema: unknown, reading: Reading): DisplayTable {
  const columns = detailColumns(schema);
  const total = totalColumn(schema);
  const sum = total ? detailTotal(rows, total.key) : undefined;
  return {
    kind: 'table',
    columns: columns.map((column) => ({
      key: column.key,
      title: titleText(column.title, reading.language, column.key),
    })),
    rows: rows.map((row) =>
      columns.map((column) => valueText(column.key, asObject(row)[column.key], column.schema, reading)),
    ),
    ...(total && sum !== undefined
      ? {
          total: isMoneyColumn(total)
            ? formatMoney(sum, reading.language)
            : new Intl.NumberFormat(reading.language, { maximumFractionDigits: 6 }).format(sum),
        }
      : {}),
  };
}

function valueText(name: string, value: unknown, schema: unknown, reading: Reading): string {
  const { language, labels } = reading;
  const s = asObject(schema);
  if (value === null || value === undefined || value === '') return '—';
  const label = enumLabel(value, s, language);
  if (label) return label;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (typeof value === 'number') {
    if (isMoneyField(name, s)) return formatMoney(value, language);
    // A year or a count reads without a separator (2026, not 2,026).
    return new Intl.NumberFormat(language, { maximumFractionDigits: 6, useGrouping: Math.abs(value) >= 10_000 }).format(
      value,
    );
  }
  if (typeof value === 'string' && s['x-kind'] === 'person' && labels.person) return labels.person(value);
  if (typeof value === 'string' && s['x-kind'] === 'department' && labels.department) return labels.department(value);
  if (s['x-kind'] === 'date-range' && typeof value === 'object') return dateRangeText(value as JsonObject, language);
  if (typeof value === 'string') {
    if (s.format === 'date' || (s.format === undefined && ISO_DAY.test(value))) return formatDate(value, language);
    if (s.format === 'date-time' || (s.format === undefined && ISO_MOMENT.test(value)))
      return formatDateTime(value, language);
    if (s.format === 'duration' || /^P(?=\d|T\d)[\dYMWDTHS]+$/.test(value)) return formatDuration(value, language);
    return value;
  }
  const bilingual = bilingualText(value, language);
  if (bilingual !== undefined) return bilingual;
  if (isAttachmentValue(value)) return value.filename;
  const separator = language === 'en' ? ', ' : '、';
  if (Array.isArray(value)) {
    const items = value.map((item) => valueText(name, item, s.items, reading));
    return items.some((item) => item.includes('\n') || item.includes('：') || item.includes(': '))
      ? items.join('\n')
      : items.join(separator);
  }
  if (typeof value === 'object') {
    const properties = asObject(s.properties);
    return Object.entries(value as JsonObject)
      .map(([key, child]) => {
        const childSchema = asObject(properties[key] ?? reading.lookup(key));
        const title = titleText(childSchema.title ?? COMMON_KEYS[key], language, key);
        return `${title}${language === 'en' ? ': ' : '：'}${valueText(key, child, childSchema, reading)}`;
      })
      .join(language === 'en' ? '; ' : '；');
  }
  return String(value);
}

/** 日期区间 as "2026年12月1日 至 2026年12月3日" / "1 Dec 2026 – 3 Dec 2026". */
function dateRangeText(range: JsonObject, language: AppLanguage): string {
  const day = (v: unknown) => (typeof v === 'string' && v ? formatDate(v, language) : '—');
  return `${day(range.start)}${language === 'en' ? ' – ' : ' 至 '}${day(range.end)}`;
}

/** True for a `{zh, en}` label stored as data (a fine's reason): an object of those keys only. */
export function isStoredLabel(value: unknown): boolean {
  const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  return keys.length > 0 && keys.every((key) => key === 'zh' || key === 'en');
}

/** A stored `{zh, en}` label in the reader's half; undefined for anything else. */
function bilingualText(value: unknown, language: AppLanguage): string | undefined {
  return isStoredLabel(value) ? pickLabel(asLabel(value), language, '') : undefined;
}

function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}
