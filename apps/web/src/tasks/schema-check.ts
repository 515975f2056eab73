// A JSON Schema checker for form data that needs no `eval`: the app's Content-Security-Policy
// (script-src 'self') forbids the code generation ajv relies on in the browser. It covers the
// keywords task and start forms use, with ajv's semantics and ajv-formats' own format checks;
// keywords it does not know (anyOf, oneOf, if, $ref, …) pass, and the server decides.
import { fullFormats } from 'ajv-formats/dist/formats';

/** One failed keyword, shaped like ajv's ErrorObject (the parts the form needs). */
export interface SchemaProblem {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

type Schema = Record<string, unknown>;

/**
 * Every problem of `data` against `schema` (ajv's `allErrors`).
 * @example checkSchema({ type: 'object', required: ['days'] }, {}) // [{ keyword: 'required', instancePath: '', … }]
 */
export function checkSchema(schema: unknown, data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  check(schema, data, '', problems);
  return problems;
}

function check(schema: unknown, data: unknown, path: string, out: SchemaProblem[]): void {
  if (schema === false) out.push(problem('false schema', path, {}, 'boolean schema is false'));
  if (!isObject(schema)) return;
  if (schema.type !== undefined && !matchesType(schema.type, data)) {
    const type = Array.isArray(schema.type) ? schema.type.join(',') : schema.type;
    out.push(problem('type', path, { type }, `must be ${type}`));
    return;
  }
  if ('const' in schema && !deepEqual(schema.const, data))
    out.push(problem('const', path, { allowedValue: schema.const }, 'must be equal to constant'));
  if (Array.isArray(schema.enum) && !schema.enum.some((value) => deepEqual(value, data)))
    out.push(problem('enum', path, { allowedValues: schema.enum }, 'must be equal to one of the allowed values'));
  if (Array.isArray(schema.allOf)) for (const sub of schema.allOf) check(sub, data, path, out);
  if (typeof data === 'string') checkString(schema, data, path, out);
  if (typeof data === 'number') checkNumber(schema, data, path, out);
  if (Array.isArray(data)) checkArray(schema, data, path, out);
  else if (isObject(data)) checkObject(schema, data, path, out);
}

function checkString(schema: Schema, data: string, path: string, out: SchemaProblem[]): void {
  const length = [...data].length; // code points, as ajv counts them
  if (typeof schema.minLength === 'number' && length < schema.minLength)
    out.push(limit('minLength', path, schema.minLength, `must NOT have fewer than ${schema.minLength} characters`));
  if (typeof schema.maxLength === 'number' && length > schema.maxLength)
    out.push(limit('maxLength', path, schema.maxLength, `must NOT have more than ${schema.maxLength} characters`));
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(data))
    out.push(problem('pattern', path, { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`));
  if (typeof schema.format === 'string' && !formatAccepts(schema.format, data, 'string'))
    out.push(problem('format', path, { format: schema.format }, `must match format "${schema.format}"`));
}

function checkNumber(schema: Schema, data: number, path: string, out: SchemaProblem[]): void {
  const bound = (keyword: string, fails: (limit: number) => boolean, word: string) => {
    const value = schema[keyword];
    if (typeof value === 'number' && fails(value)) out.push(limit(keyword, path, value, `must be ${word} ${value}`));
  };
  bound('minimum', (l) => data < l, '>=');
  bound('maximum', (l) => data > l, '<=');
  bound('exclusiveMinimum', (l) => data <= l, '>');
  bound('exclusiveMaximum', (l) => data >= l, '<');
  if (typeof schema.multipleOf === 'number' && (data / schema.multipleOf) % 1 !== 0)
    out.push(
      problem('multipleOf', path, { multipleOf: schema.multipleOf }, `must be multiple of ${schema.multipleOf}`),
    );
  if (typeof schema.format === 'string' && !formatAccepts(schema.format, data, 'number'))
    out.push(problem('format', path, { format: schema.format }, `must match format "${schema.format}"`));
}

function checkArray(schema: Schema, data: unknown[], path: string, out: SchemaProblem[]): void {
  if (typeof schema.minItems === 'number' && data.length < schema.minItems)
    out.push(limit('minItems', path, schema.minItems, `must NOT have fewer than ${schema.minItems} items`));
  if (typeof schema.maxItems === 'number' && data.length > schema.maxItems)
    out.push(limit('maxItems', path, schema.maxItems, `must NOT have more than ${schema.maxItems} items`));
  if (isObject(schema.items) || typeof schema.items === 'boolean')
    data.forEach((item, index) => check(schema.items, item, `${path}/${index}`, out));
}

function checkObject(schema: Schema, data: Schema, path: string, out: SchemaProblem[]): void {
  const properties = isObject(schema.properties) ? schema.properties : {};
  if (Array.isArray(schema.required)) {
    for (const name of schema.required) {
      if (typeof name === 'string' && data[name] === undefined)
        out.push(problem('required', path, { missingProperty: name }, `must have required property '${name}'`));
    }
  }
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const child = `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (name in properties) check(properties[name], value, child, out);
    else if (schema.additionalProperties === false)
      out.push(
        problem('additionalProperties', path, { additionalProperty: name }, 'must NOT have additional properties'),
      );
    else if (isObject(schema.additionalProperties)) check(schema.additionalProperties, value, child, out);
  }
}

function matchesType(type: unknown, data: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((name) => {
    switch (name) {
      case 'string':
        return typeof data === 'string';
      case 'number':
        return typeof data === 'number' && Number.isFinite(data);
      case 'integer':
        return typeof data === 'number' && Number.isInteger(data);
      case 'boolean':
        return typeof data === 'boolean';
      case 'null':
        return data === null;
      case 'array':
        return Array.isArray(data);
      case 'object':
        return isObject(data);
      default:
        return true;
    }
  });
}

// ajv-formats' definitions: a RegExp, a function, or {type?, validate}; unknown formats pass (strict: false).
function formatAccepts(name: string, data: string | number, type: 'string' | 'number'): boolean {
  const format = (fullFormats as Record<string, unknown>)[name];
  if (format === undefined || format === true) return true;
  const definition = isObject(format) && !(format instanceof RegExp) ? format : { validate: format };
  if ((definition.type ?? 'string') !== type) return true;
  const validate = definition.validate;
  if (validate instanceof RegExp) return validate.test(String(data));
  if (typeof validate === 'function') return Boolean((validate as (value: unknown) => unknown)(data));
  return true;
}

function problem(
  keyword: string,
  instancePath: string,
  params: Record<string, unknown>,
  message: string,
): SchemaProblem {
  return { keyword, instancePath, params, message };
}

function limit(keyword: string, path: string, value: number, message: string): SchemaProblem {
  return problem(keyword, path, { limit: value }, message);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Schema)[key], (b as Schema)[key]));
}

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
