// Every start-input and event schema of every shipped workflow, with probe values, for the
// validator parity specs (test-only; uses node:fs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORKFLOWS = join(__dirname, '../../../../workflows');

/** `[name, schema]` for each workflow's input schema and each of its event schemas. */
export const WORKFLOW_SCHEMAS: [string, object][] = readdirSync(WORKFLOWS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(WORKFLOWS, entry.name, 'definition.json')))
  .sort((a, b) => a.name.localeCompare(b.name))
  .flatMap((entry) => {
    const spec = JSON.parse(readFileSync(join(WORKFLOWS, entry.name, 'definition.json'), 'utf8'));
    const events = Object.entries(spec.meta.events ?? {}).map(([type, event]): [string, object] => [
      `${entry.name} ${type}`,
      (event as { schema?: object }).schema ?? { type: 'object', additionalProperties: false },
    ]);
    return [[`${entry.name} input`, spec.meta.input ?? { type: 'object' }] as [string, object], ...events];
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

/** The data each schema is probed with: empty, an extra field, and every property set to each probe value. */
export function probeData(schema: object): Record<string, unknown>[] {
  const properties = Object.keys((schema as { properties?: object }).properties ?? {});
  return [{}, { zzExtra: 1 }, ...PROBES.map((value) => Object.fromEntries(properties.map((p) => [p, value])))];
}
