import { transformFileSync } from '@swc/core';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SOURCE = join(__dirname, '..');
// Inside the repository so the compiled files resolve typeorm/pglite from its node_modules.
const OUT = join(__dirname, '../../../../node_modules/.cache/liucheng-persistence-spec');

/** Compiles libs/persistence/src to CommonJS (PGlite cannot load inside a Jest VM worker). */
function compilePersistence(): void {
  rmSync(OUT, { recursive: true, force: true });
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? walk(path)
        : path.endsWith('.ts') && !path.endsWith('.spec.ts')
          ? [path]
          : [];
    });
  for (const file of walk(SOURCE)) {
    const { code } = transformFileSync(file, {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
      module: { type: 'commonjs' },
    });
    const target = join(OUT, relative(SOURCE, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
  }
  // A child script: open the embedded database in a directory, then write or read a probe row.
  writeFileSync(
    join(OUT, 'probe.js'),
    `require('reflect-metadata');
const { openDatabase } = require('./index.js');
(async () => {
  const [mode, dataDir] = process.argv.slice(2);
  const db = await openDatabase({ dataDir, poolSize: 2 });
  if (mode === 'write') {
    await db.dataSource.query("INSERT INTO app_settings (key, value) VALUES ('probe', 'survives a restart')");
  }
  const rows = await db.dataSource.query("SELECT value FROM app_settings WHERE key = 'probe'");
  const migrations = await db.dataSource.query('SELECT name FROM migrations ORDER BY id');
  await db.close();
  process.stdout.write(JSON.stringify({ embedded: db.embedded, rows, migrations: migrations.map((m) => m.name) }));
})().catch((e) => { console.error(e); process.exit(1); });`,
  );
}

describe('embedded PGlite data source', () => {
  let dataDir: string;
  beforeAll(() => {
    compilePersistence();
    dataDir = mkdtempSync(join(tmpdir(), 'liucheng-pglite-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Runs the probe in a fresh node process without DATABASE_URL, so PGlite is used. */
  async function probe(mode: 'write' | 'read') {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const { stdout } = await run(process.execPath, [join(OUT, 'probe.js'), mode, dataDir], { env, timeout: 120_000 });
    return JSON.parse(stdout);
  }

  it('migrates a new data directory, and keeps what was written after the process ends', async () => {
    const first = await probe('write');
    expect(first).toEqual({
      embedded: true,
      rows: [{ value: 'survives a restart' }],
      migrations: [
        'InitialSchema1764201600000',
        'People1764288000000',
        'TimerIncidents1764374400000',
        'NotificationDelivery1764460800000',
        'Organisation1764547200000',
        'Attachments1764633600000',
        'CcItems1764720000000',
        'UserProxies1764806400000',
        'ApprovalTasks1764892800000',
        'InboxKeysAndSignals1764979260000',
        'WorkingCalendars1765000000000',
        'Schedules1765100000000',
        'AuditEvidence1765300000000',
        'InstanceSearch1765400000000',
        'CalendarDeclaredYears1765600000000',
        'MovedTasks1766100000000',
        'ReadScaleIndexes1766300000000',
        'CheckpointLeafRetention1766400000000',
        'EventPathFunctions1766520000000',
        'InboxOrderIndexes1766700000000',
        'SearchFields1766800000000',
        'StartPathFunctions1766900000000',
      ],
    });
    const second = await probe('read');
    expect(second).toEqual({
      embedded: true,
      rows: [{ value: 'survives a restart' }],
      migrations: [
        'InitialSchema1764201600000',
        'People1764288000000',
        'TimerIncidents1764374400000',
        'NotificationDelivery1764460800000',
        'Organisation1764547200000',
        'Attachments1764633600000',
        'CcItems1764720000000',
        'UserProxies1764806400000',
        'ApprovalTasks1764892800000',
        'InboxKeysAndSignals1764979260000',
        'WorkingCalendars1765000000000',
        'Schedules1765100000000',
        'AuditEvidence1765300000000',
        'InstanceSearch1765400000000',
        'CalendarDeclaredYears1765600000000',
        'MovedTasks1766100000000',
        'ReadScaleIndexes1766300000000',
        'CheckpointLeafRetention1766400000000',
        'EventPathFunctions1766520000000',
        'InboxOrderIndexes1766700000000',
        'SearchFields1766800000000',
        'StartPathFunctions1766900000000',
      ],
    });
  }, 240_000);
});
