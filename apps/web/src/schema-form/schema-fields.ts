// Pure: reads the top-level properties of an object JSON Schema into simple form field descriptions.

export type FieldKind = 'text' | 'textarea' | 'integer' | 'number' | 'boolean' | 'enum' | 'date' | 'datetime' | 'json';

export interface SchemaField {
  name: string;
  kind: FieldKind;
  /** The raw title ("天数 / Days"), or the property name when the schema has none. */
  title: string;
  description?: string;
  required: boolean;
  options?: Array<string | number | boolean>;
  minimum?: number;
  maximum?: number;
  defaultValue?: unknown;
}

type JsonObject = Record<string, unknown>;

/**
 * Lists the fields of an object schema; nested objects and arrays become JSON fields.
 * Order: `x-order` (or `propertyOrder`) numbers when given, else the `required` list's order, then
 * the rest as they come. Object key order cannot be trusted: PostgreSQL jsonb re-sorts keys.
 * @example schemaToFields({type: 'object', properties: {days: {type: 'integer'}}, required: ['days']})
 *   // [{name: 'days', kind: 'integer', title: 'days', required: true}]
 */
export function schemaToFields(schema: unknown): SchemaField[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  const requiredList = Array.isArray(schema.required) ? schema.required.filter(isString) : [];
  const required = new Set(requiredList);
  const entries = Object.entries(schema.properties);
  const rank = (name: string, property: unknown, index: number): [number, number] => {
    const explicit = isObject(property) ? firstNumber(property['x-order'], property.propertyOrder) : undefined;
    if (explicit !== undefined) return [0, explicit];
    const position = requiredList.indexOf(name);
    return position === -1 ? [2, index] : [1, position];
  };
  return entries
    .map(([name, property], index) => ({ name, property, rank: rank(name, property, index) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
    .map(({ name, property }) => toField(name, property, required.has(name)));
}

function toField(name: string, property: unknown, required: boolean): SchemaField {
  const prop = isObject(property) ? property : {};
  const field: SchemaField = {
    name,
    kind: kindOf(prop),
    title: isString(prop.title) && prop.title ? prop.title : name,
    required,
  };
  if (isString(prop.description)) field.description = prop.description;
  if (Array.isArray(prop.enum)) field.options = prop.enum.filter(isScalar);
  const minimum = firstNumber(prop.minimum, prop.exclusiveMinimum);
  const maximum = firstNumber(prop.maximum, prop.exclusiveMaximum);
  if (minimum !== undefined) field.minimum = minimum;
  if (maximum !== undefined) field.maximum = maximum;
  if ('default' in prop) field.defaultValue = prop.default;
  return field;
}

function kindOf(prop: JsonObject): FieldKind {
  if (Array.isArray(prop.enum)) return 'enum';
  const type = Array.isArray(prop.type) ? prop.type.find((item) => item !== 'null') : prop.type;
  switch (type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      if (prop.format === 'date') return 'date';
      if (prop.format === 'date-time') return 'datetime';
      return isLongText(prop) ? 'textarea' : 'text';
    default:
      return 'json';
  }
}

// A schema may ask for a textarea explicitly; otherwise strings stay one line.
function isLongText(prop: JsonObject): boolean {
  return prop['x-widget'] === 'textarea' || (typeof prop.maxLength === 'number' && prop.maxLength > 500);
}

function firstNumber(...values: unknown[]): number | undefined {
  return values.find((value): value is number => typeof value === 'number');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isScalar(value: unknown): value is string | number | boolean {
  return ['string', 'number', 'boolean'].includes(typeof value);
}
