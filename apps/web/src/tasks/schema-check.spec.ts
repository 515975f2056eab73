import { validateData } from '@liucheng/engine';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchema, type SchemaProblem } from './schema-check';

// The server's verdict (the engine's ajv) as JSON Pointers, and ours the same way.
const serverPaths = (schema: object, data: unknown) =>
  [...new Set(validateData(schema as never, data).map((p) => p.path))].sort();
const clientPaths = (schema: object, data: unknown) => [...new Set(checkSchema(schema, data).map(pointerOf))].sort();

function pointerOf(problem: SchemaProblem): string {
  const name = (problem.params.missingProperty ?? problem.params.additionalProperty) as string | undefined;
  if ((problem.keyword === 'required' || problem.keyword === 'additionalProperties') && name)
    return `${problem.instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return problem.instancePath;
}

const VALID_CASES = ['code points count once', 'unknown formats pass'];

describe('checkSchema', () => {
  it.each([
    ['required and types', { type: 'object', required: ['a'], properties: { b: { type: 'integer' } } }, { b: 1.5 }],
    [
      'string limits',
      { type: 'object', properties: { s: { type: 'string', minLength: 2, maxLength: 3 } } },
      { s: '𠮷' },
    ],
    ['code points count once', { type: 'string', maxLength: 2 }, '𠮷𠮷'],
    ['pattern', { type: 'string', pattern: '^\\d{4}$' }, '12a4'],
    ['numbers', { type: 'object', properties: { n: { minimum: 1, maximum: 2, exclusiveMinimum: 1 } } }, { n: 1 }],
    ['multipleOf', { type: 'number', multipleOf: 0.5 }, 1.25],
    [
      'enum and const',
      { type: 'object', properties: { e: { enum: ['a', 1] }, c: { const: { x: [1] } } } },
      { e: 'b', c: { x: [1] } },
    ],
    ['nested and arrays', { type: 'array', minItems: 3, items: { type: 'object', required: ['k'] } }, [{}, { k: 1 }]],
    [
      'additional properties',
      { type: 'object', additionalProperties: false, properties: { a: {} } },
      { a: 1, b: 2, 'c/d': 3 },
    ],
    ['additional schema', { type: 'object', additionalProperties: { type: 'number' } }, { a: 'x' }],
    [
      'formats',
      { type: 'object', properties: { d: { format: 'date' }, t: { format: 'date-time' }, m: { format: 'email' } } },
      { d: '2026-02-30', t: '2026-03-02T10:00:00Z', m: 'nope' },
    ],
    ['unknown formats pass', { type: 'string', format: 'chinese-id' }, 'x'],
    ['type lists', { type: ['string', 'null'] }, 3],
    ['allOf', { allOf: [{ required: ['a'] }, { required: ['b'] }] }, {}],
    ['false schema', { type: 'object', properties: { a: false } }, { a: 1 }],
  ])('%s: agrees with the server', (name, schema, data) => {
    expect(clientPaths(schema, data)).toEqual(serverPaths(schema, data));
    // The table's valid cases say so in their name; every other case must find something.
    expect(serverPaths(schema, data).length > 0).toBe(!VALID_CASES.includes(name));
  });

  it('reports keyword and limits for the messages', () => {
    expect(checkSchema({ type: 'number', exclusiveMinimum: 0 }, 0)).toEqual([
      { keyword: 'exclusiveMinimum', instancePath: '', params: { limit: 0 }, message: 'must be > 0' },
    ]);
  });
});

// Every start-input and event schema of every shipped workflow, probed with the same values.
const WORKFLOWS = join(__dirname, '../../../../workflows');
const schemas = readdirSync(WORKFLOWS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('testing'))
  .flatMap((entry) => {
    const spec = JSON.parse(readFileSync(join(WORKFLOWS, entry.name, 'definition.json'), 'utf8'));
    const events = Object.entries(spec.meta.events ?? {}).map(([type, event]) => [
      `${entry.name} ${type}`,
      (event as { schema?: object }).schema ?? { type: 'object', additionalProperties: false },
    ]);
    return [[`${entry.name} input`, spec.meta.input ?? { type: 'object' }], ...events] as [string, object][];
  });
const PROBES: unknown[] = [
  '',
  ' ',
  'x',
  '2026-03-02',
  '2026-02-30',
  'a@b.cn',
  -1,
  0,
  1,
  1.5,
  1e12,
  true,
  false,
  null,
  ['x'],
  {},
];

describe('checkSchema on the workflows schemas', () => {
  it('covers every workflow', () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)('%s', (_name, schema) => {
    const properties = Object.keys((schema as { properties?: object }).properties ?? {});
    const probes = [
      {},
      { zzExtra: 1 },
      ...PROBES.map((value) => Object.fromEntries(properties.map((p) => [p, value]))),
    ];
    for (const data of probes) expect([data, clientPaths(schema, data)]).toEqual([data, serverPaths(schema, data)]);
  });
});
