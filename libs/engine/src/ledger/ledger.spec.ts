import { standardRegistry } from '../registry/standard-registry';
import { validateDefinition } from '../definition/validate-definition';
import { extractLedger } from './extract-ledger';
import { inheritLedger } from './inherit-ledger';
import { ledgerTotals, shanghaiMonth } from './ledger-totals';

const fineSource = { kind: 'fine', from: 'fines', amount: 'amount', person: 'starter', reason: 'reason' };
const instance = (context: Record<string, unknown>) => ({
  id: 'i-1',
  definitionKey: 'weekly-report',
  startedBy: 'staff',
  context,
});

describe('extractLedger', () => {
  it('reads a list of stamped fines as entries of the starter', () => {
    const reason = { zh: '逾期', en: 'Late' };
    const entries = extractLedger(
      { ledger: [fineSource] },
      instance({ fines: [{ amount: 20, reason, at: '2026-03-06T10:00:00.000Z', by: 'system' }] }),
    );
    expect(entries).toEqual([
      {
        kind: 'fine',
        amount: 20,
        person: 'staff',
        unit: null,
        at: '2026-03-06T10:00:00.000Z',
        reason,
        instanceId: 'i-1',
        definitionKey: 'weekly-report',
        source: 0,
        record: 0,
      },
    ]);
  });

  it('reads a single record from the context itself when it holds (`when`), with a fixed reason', () => {
    const meta = {
      ledger: [
        {
          kind: 'points',
          when: 'credited',
          amount: 'points',
          at: 'creditedAt',
          person: 'starter',
          department: 'unit',
          reason: { zh: '加分', en: 'Points' },
        },
      ],
    };
    const credited = { credited: true, points: 2, creditedAt: '2026-03-02T01:00:00Z', unit: '株洲分公司' };
    expect(extractLedger(meta, instance(credited))).toMatchObject([
      { kind: 'points', amount: 2, person: 'staff', unit: '株洲分公司', at: '2026-03-02T01:00:00.000Z' },
    ]);
    expect(extractLedger(meta, instance({ ...credited, credited: false }))).toEqual([]);
  });

  it('splits records by `where`, names the person from the record, and keeps unit entries person-less', () => {
    const base = { kind: 'penalty', from: 'penalties', amount: 'amount', department: 'unit', reason: 'reason' };
    const meta = {
      ledger: [
        { ...base, where: { against: 'unit' } },
        { ...base, where: { against: 'person' }, person: 'person' },
      ],
    };
    const at = '2026-04-01T00:00:00.000Z';
    const penalties = [
      { against: 'unit', unit: '项目部', person: 'staff', amount: 2000, reason: '交付不力', at },
      { against: 'person', unit: '项目部', person: 'staff', amount: 500, reason: '交付不力', at },
    ];
    const entries = extractLedger(meta, instance({ penalties }));
    expect(entries.map((e) => [e.source, e.record, e.person, e.unit, e.amount, e.reason.en])).toEqual([
      [0, 0, null, '项目部', 2000, '交付不力'],
      [1, 1, 'staff', '项目部', 500, '交付不力'],
    ]);
  });

  it('skips records without a finite amount or a valid time, and a context path that is no list', () => {
    const fines = [
      { amount: '20', at: '2026-03-06T10:00:00Z' },
      { amount: 20, at: 'yesterday' },
      { amount: 20 },
      { amount: 20, at: '2026-03-06T10:00:00Z', reason: { zh: '逾期' } },
    ];
    const entries = extractLedger({ ledger: [fineSource] }, instance({ fines }));
    expect(entries.map((e) => [e.record, e.reason])).toEqual([[3, { zh: '逾期', en: '逾期' }]]);
    expect(extractLedger({ ledger: [fineSource] }, instance({ fines: 20 }))).toEqual([]);
    expect(extractLedger({}, instance({ fines }))).toEqual([]);
  });
});

describe('meta.ledger validation', () => {
  const spec = (ledger: unknown) => ({
    id: 'ledgered',
    initial: 'a',
    meta: { title: { zh: '台账', en: 'Ledger' }, ledger },
    states: { a: { type: 'final' } },
  });
  const problems = (ledger: unknown) =>
    validateDefinition(spec(ledger), standardRegistry).errors.map((p) => `${p.path} ${p.code}`);

  it('accepts the shapes the shipped workflows use', () => {
    expect(problems([fineSource, { ...fineSource, kind: 'points', from: undefined, when: 'credited' }])).toEqual([]);
  });

  it('names the field of each bad source with a stable code', () => {
    expect(problems({ kind: 'fine' })).toEqual(['meta.ledger invalid-ledger']);
    expect(problems(['fine'])).toEqual(['meta.ledger.0 invalid-ledger']);
    expect(
      problems([{ kind: 'bonus', from: 'fines[0]', amount: 'amount', reason: 'reason', where: { a: [] }, extra: 1 }]),
    ).toEqual([
      'meta.ledger.0.extra invalid-ledger',
      'meta.ledger.0.kind invalid-ledger',
      'meta.ledger.0.from invalid-ledger',
      'meta.ledger.0.where invalid-ledger',
    ]);
    expect(problems([{ kind: 'fine', reason: { zh: '罚款' } }])).toEqual([
      'meta.ledger.0.amount invalid-ledger',
      'meta.ledger.0.reason.en empty-text',
    ]);
  });
});

describe('ledgerTotals', () => {
  it('sums money in fen and points apart, per group', () => {
    const e = (kind: 'fine' | 'penalty' | 'points', amount: number, who: string) => ({ kind, amount, who });
    const totals = ledgerTotals(
      [e('fine', 0.1, 'a'), e('fine', 0.2, 'a'), e('points', 1, 'a'), e('penalty', 500, 'b')],
      (x) => x.who,
    );
    expect([...totals]).toEqual([
      ['a', { fine: 0.3, penalty: 0, points: 1, entries: 3 }],
      ['b', { fine: 0, penalty: 500, points: 0, entries: 1 }],
    ]);
  });

  it('names the Shanghai month of an instant', () => {
    expect([shanghaiMonth('2026-02-28T16:00:00.000Z'), shanghaiMonth('2026-02-28T15:59:59.999Z')]).toEqual([
      '2026-03',
      '2026-02',
    ]);
  });
});

describe('inheritLedger', () => {
  it('lends earlier versions the mapping of the nearest later one; a version keeps its own', () => {
    const ledger = (from: string) => [{ ...fineSource, from }];
    const result = inheritLedger([
      { key: 'weekly', version: 1, meta: { title: 'v1' } },
      { key: 'weekly', version: 2, meta: { title: 'v2', ledger: ledger('old') } },
      { key: 'weekly', version: 3, meta: { title: 'v3' } },
      { key: 'weekly', version: 4, meta: { title: 'v4', ledger: ledger('fines') } },
      { key: 'weekly', version: 5, meta: { title: 'v5' } },
      { key: 'other', version: 1, meta: { title: 'none' } },
    ]);
    expect(
      result.map((v) => [v.key, v.version, v.meta.title, (v.meta.ledger as Array<{ from: string }>)[0].from]),
    ).toEqual([
      ['weekly', 1, 'v1', 'old'],
      ['weekly', 2, 'v2', 'old'],
      ['weekly', 3, 'v3', 'fines'],
      ['weekly', 4, 'v4', 'fines'],
    ]);
  });
});
