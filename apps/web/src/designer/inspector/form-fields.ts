// The task form builder's model: simple fields <-> an object JSON Schema (titles "中文 / English", x-order).
import type { JsonSchema, LocalizedText } from '@liucheng/engine';
import { isDetailTableSchema } from '../../schema-form/detail-table';

export type FormFieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'money'
  | 'date'
  | 'dateRange'
  | 'choice'
  | 'multiChoice'
  | 'yesNo'
  | 'person'
  | 'department'
  | 'file'
  | 'detail';

/** The types a detail table's column may have. */
export type DetailColumnType = 'text' | 'number' | 'money' | 'date' | 'choice';

export const FORM_FIELD_TYPES: readonly FormFieldType[] = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'dateRange',
  'choice',
  'multiChoice',
  'yesNo',
  'person',
  'department',
  'file',
  'detail',
];

/** What a person field holds: a username as the directory has it (apps/api users). */
export const USERNAME_PATTERN = '^[a-z][a-z0-9._-]{1,49}$';
/** What a department field holds: the department's kebab-case code (apps/api org). */
export const DEPARTMENT_CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const DETAIL_COLUMN_TYPES: readonly DetailColumnType[] = ['text', 'number', 'money', 'date', 'choice'];

export interface FormField {
  name: string;
  type: FormFieldType;
  title: LocalizedText;
  required: boolean;
  /** Help text under the field ("中文 / English" like the title), written as `description`. */
  help?: string;
  /** Choice values (types `choice` and `multiChoice`). */
  options?: string[];
  /** Each option's label, parallel to `options` (written as `x-enumNames` "中文 / English"). */
  optionLabels?: LocalizedText[];
  /** A detail table's (明细) columns, each a field of one row (type `detail`). */
  columns?: FormField[];
  /** The key of the number/money column a detail table totals (display only; the server never trusts it). */
  total?: string;
  /** The property as it was, so keywords the builder does not know survive an edit. */
  original?: Record<string, unknown>;
}

// Keywords the builder writes; everything else in a property is kept as it was.
const OWN_KEYWORDS = [
  'type',
  'format',
  'enum',
  'minimum',
  'minLength',
  'title',
  'description',
  'x-order',
  'x-kind',
  'x-widget',
  'items',
  'minItems',
  'x-detail',
  'x-enumNames',
  'properties',
  'required',
  'additionalProperties',
  'uniqueItems',
  'pattern',
];

/** "中文 / English" from a `{zh, en}` title (one half when the other is empty). */
export function joinTitle(title: LocalizedText): string {
  if (title.zh && title.en) return `${title.zh} / ${title.en}`;
  return title.zh || title.en;
}

/** `{zh, en}` from "中文 / English"; a title without the separator fills both. */
export function splitTitle(title: unknown): LocalizedText {
  if (typeof title !== 'string') return { zh: '', en: '' };
  const parts = title.split(/\s*\/\s+/);
  if (parts.length === 2) return { zh: parts[0].trim(), en: parts[1].trim() };
  return { zh: title, en: title };
}

/**
 * The JSON Schema of a form: properties in field order (with `x-order`), `required` listing the
 * required fields; money is a non-negative number marked `x-kind: money` (CNY), a file reference
 * a string marked `x-kind: file`.
 */
export function fieldsToSchema(fields: readonly FormField[]): JsonSchema {
  const properties: Record<string, unknown> = {};
  fields.forEach((field, index) => {
    const kept = Object.fromEntries(Object.entries(field.original ?? {}).filter(([k]) => !OWN_KEYWORDS.includes(k)));
    properties[field.name] = {
      ...propertyFor(field),
      title: joinTitle(field.title),
      ...(field.help ? { description: field.help } : {}),
      'x-order': index,
      ...kept,
    };
  });
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function propertyFor(field: FormField): Record<string, unknown> {
  switch (field.type) {
    case 'number':
      return { type: 'number' };
    case 'money':
      return { type: 'number', minimum: 0, 'x-kind': 'money' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'textarea':
      return field.required
        ? { type: 'string', minLength: 1, 'x-widget': 'textarea' }
        : { type: 'string', 'x-widget': 'textarea' };
    case 'dateRange':
      return dateRangeProperty();
    case 'choice':
      return { type: 'string', ...enumPart(field) };
    case 'multiChoice':
      return {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', ...enumPart(field) },
        ...(field.required ? { minItems: 1 } : {}),
      };
    case 'yesNo':
      // 是/否: a step's answers branch on it (a text field would never equal yes).
      return { type: 'boolean' };
    case 'person':
      return { type: 'string', pattern: USERNAME_PATTERN, 'x-kind': 'person' };
    case 'department':
      return { type: 'string', pattern: DEPARTMENT_CODE_PATTERN, 'x-kind': 'department' };
    case 'file':
      return { type: 'string', minLength: 1, 'x-kind': 'file' };
    case 'detail':
      return detailProperty(field);
    default:
      return field.required ? { type: 'string', minLength: 1 } : { type: 'string' };
  }
}

// The options and, when any option has one, their labels (the shipped workflows' `x-enumNames`).
function enumPart(field: FormField): Record<string, unknown> {
  const options = field.options ?? [];
  const labels = options.map((_, i) => field.optionLabels?.[i] ?? { zh: '', en: '' });
  const named = labels.some((l) => l.zh || l.en);
  return { enum: options, ...(named ? { 'x-enumNames': labels.map((l, i) => joinTitle(l) || options[i]) } : {}) };
}

/**
 * 日期区间: two dates, both needed; the engine refuses an end before the start (`formatMinimum`
 * against the start through ajv's `$data`), so the check is the server's, not only the form's.
 */
export function dateRangeProperty(): Record<string, unknown> {
  return {
    type: 'object',
    'x-kind': 'date-range',
    additionalProperties: false,
    required: ['start', 'end'],
    properties: {
      start: { type: 'string', format: 'date', title: '开始日期 / Start date' },
      end: { type: 'string', format: 'date', title: '结束日期 / End date', formatMinimum: { $data: '1/start' } },
    },
  };
}

// A 明细 table: an array of row objects; `x-detail.total` names the column summed below it.
function detailProperty(field: FormField): Record<string, unknown> {
  const columns = field.columns ?? [];
  const total = columns.some((c) => c.name === field.total && (c.type === 'number' || c.type === 'money'))
    ? field.total
    : undefined;
  return {
    type: 'array',
    items: fieldsToSchema(columns),
    ...(field.required ? { minItems: 1 } : {}),
    'x-detail': total ? { total } : {},
  };
}

/** True for a 明细 property: marked `x-detail`, or an array whose rows are objects. */
export const isDetailSchema = isDetailTableSchema;

/** The builder's fields of a schema (in `x-order`, else property order). */
export function schemaToFormFields(schema: JsonSchema | undefined): FormField[] {
  const properties = (schema?.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set(Array.isArray(schema?.required) ? (schema.required as string[]) : []);
  const entries = Object.entries(properties).map(([name, prop], index) => ({
    name,
    prop: prop ?? {},
    order: typeof prop?.['x-order'] === 'number' ? (prop['x-order'] as number) : index,
  }));
  return entries
    .sort((a, b) => a.order - b.order)
    .map(({ name, prop }) => ({
      name,
      type: typeOf(prop),
      title: splitTitle(prop.title ?? name),
      required: required.has(name),
      ...(typeof prop.description === 'string' && prop.description !== '' ? { help: prop.description } : {}),
      ...optionsOf(prop),
      ...(isDetailSchema(prop) ? detailParts(prop) : {}),
      original: prop,
    }));
}

function detailParts(prop: Record<string, unknown>): Pick<FormField, 'columns' | 'total'> {
  const detail = (prop['x-detail'] ?? {}) as { total?: unknown };
  return {
    columns: schemaToFormFields(prop.items as JsonSchema | undefined),
    ...(typeof detail.total === 'string' ? { total: detail.total } : {}),
  };
}

// A choice's options from `enum` (the items' for a multiple choice), labels from `x-enumNames`.
function optionsOf(prop: Record<string, unknown>): Pick<FormField, 'options' | 'optionLabels'> {
  const items = (prop.items ?? {}) as Record<string, unknown>;
  const source = Array.isArray(prop.enum) ? prop : prop.type === 'array' && Array.isArray(items.enum) ? items : null;
  if (!source) return {};
  const names = source['x-enumNames'] ?? source.enumNames;
  return {
    options: (source.enum as unknown[]).map(String),
    ...(Array.isArray(names) ? { optionLabels: names.map(splitTitle) } : {}),
  };
}

function typeOf(prop: Record<string, unknown>): FormFieldType {
  if (isDetailSchema(prop)) return 'detail';
  if (prop['x-kind'] === 'money') return 'money';
  if (prop['x-kind'] === 'file') return 'file';
  if (prop['x-kind'] === 'date-range') return 'dateRange';
  if (prop['x-kind'] === 'person') return 'person';
  if (prop['x-kind'] === 'department') return 'department';
  if (prop.type === 'array' && Array.isArray((prop.items as { enum?: unknown } | undefined)?.enum))
    return 'multiChoice';
  if (Array.isArray(prop.enum)) return 'choice';
  if (prop.type === 'number' || prop.type === 'integer') return 'number';
  if (prop.type === 'boolean') return 'yesNo';
  if (prop.format === 'date') return 'date';
  if (prop['x-widget'] === 'textarea') return 'textarea';
  return 'text';
}
