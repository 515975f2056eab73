import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../definition/definition.types';
import type { ValidationProblem } from '../definition/validation.types';

// `$data` lets a schema compare one field with another (a date range's end `formatMinimum` its start).
const ajv = new Ajv({ allErrors: true, strict: false, $data: true });
addFormats(ajv);

// Compiled validators keyed by the schema object (specs are immutable once compiled), and by
// the schema's text so recompiling a definition reuses them. Ajv's own cache holds schema
// objects strongly, so each schema is removed from it after compiling (no growth, no
// "$id already exists"); the text cache is bounded.
const byObject = new WeakMap<object, ValidateFunction>();
const byText = new Map<string, ValidateFunction>();
const MAX_TEXT_ENTRIES = 1000;

/**
 * Compiles (and caches) a JSON Schema; throws when ajv cannot compile it.
 *
 * @example compileSchema({ type: 'object' })({}) // true
 */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  const known = byObject.get(schema);
  if (known) return known;
  const text = JSON.stringify(schema);
  let validate = byText.get(text);
  if (!validate) {
    try {
      validate = ajv.compile(schema);
    } finally {
      ajv.removeSchema(schema);
    }
    if (byText.size >= MAX_TEXT_ENTRIES) byText.delete(byText.keys().next().value as string);
    byText.set(text, validate);
  }
  byObject.set(schema, validate);
  return validate;
}

/** Why ajv cannot compile `schema`, or `undefined` when it can. */
export function schemaCompileError(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return typeof schema === 'boolean' ? undefined : 'must be a JSON Schema object';
  }
  try {
    compileSchema(schema as JsonSchema);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** One ajv error as a problem: code = ajv keyword, params = ajv params (plain data). */
function toProblem(error: ErrorObject): ValidationProblem {
  const base = { code: error.keyword, params: { ...error.params }, severity: 'error' as const };
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return { ...base, path: `${error.instancePath}/${escape(missing)}`, message: 'is required' };
  }
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return { ...base, path: `${error.instancePath}/${escape(extra)}`, message: 'is not allowed' };
  }
  return { ...base, path: error.instancePath, message: error.message ?? 'is invalid' };
}

/**
 * Errors of `data` against a JSON Schema, each with a JSON Pointer path (`/days`, `` for the root).
 *
 * @example validateData({ type: 'object', required: ['days'] }, {}) // [{ path: '/days', code: 'required', params: { missingProperty: 'days' }, severity: 'error', message: 'is required' }]
 */
export function validateData(schema: JsonSchema, data: unknown): ValidationProblem[] {
  const validate = compileSchema(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map(toProblem);
}
