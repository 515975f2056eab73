// Pure: turns form values into the JSON the API expects, and field defaults into initial values.
import type { SchemaField } from './schema-fields';

export class JsonFieldError extends Error {
  constructor(readonly field: string) {
    super(`Field ${field} is not valid JSON`);
  }
}

/** A field's initial form value: its schema default, or false for a boolean so a required flag is always sent. */
export function initialValue(field: SchemaField): unknown {
  if (field.defaultValue !== undefined) return toFormValue(field, field.defaultValue);
  return field.kind === 'boolean' ? false : undefined;
}

/** Initial values of all fields that have one. */
export function initialValues(fields: SchemaField[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const value = initialValue(field);
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}

/**
 * Drops empty optional fields (so the server's "required" check names what is really missing),
 * parses JSON fields and converts local date-times to ISO strings.
 */
export function toPayload(fields: SchemaField[], values: Record<string, unknown>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') continue;
    payload[field.name] = fromFormValue(field, value);
  }
  return payload;
}

function fromFormValue(field: SchemaField, value: unknown): unknown {
  if (field.kind === 'json' && typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch {
      throw new JsonFieldError(field.name);
    }
  }
  if (field.kind === 'datetime' && typeof value === 'string') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  }
  return value;
}

function toFormValue(field: SchemaField, value: unknown): unknown {
  return field.kind === 'json' ? JSON.stringify(value, null, 2) : value;
}
