import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { EventRejectedError } from '../runtime/engine.errors';
import { start } from '../runtime/start';
import { flowTemplate } from './flow-templates';
import { treeToDefinition } from './tree-to-definition';

const now = new Date('2026-12-01T02:00:00.000Z');
const compiled = compile(treeToDefinition(flowTemplate('expense', 'expense-claim')), standardRegistry);
const lines = [
  { date: '2026-11-30', item: '客户午餐', amount: 1000 },
  { date: '2026-12-01', item: '出租车', amount: 234.5 },
];

function rejection(input: Record<string, unknown>): EventRejectedError {
  try {
    start(compiled, input, now, 'staff');
  } catch (e) {
    if (e instanceof EventRejectedError) return e;
    throw e;
  }
  throw new Error('start was not rejected');
}

describe('the expense template with its 明细 lines', () => {
  it('starts with a claim and its lines, keeping the lines in the context', () => {
    const first = start(compiled, { reason: '拜访客户', amount: 1234.5, lines }, now, 'staff');
    expect(first.snapshot.value).toBe('managerApproval');
    expect(first.snapshot.context.lines).toEqual(lines);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no lines at all', { reason: 'x', amount: 1 }, '/lines'],
    ['an empty table', { reason: 'x', amount: 1, lines: [] }, '/lines'],
    [
      'a line without its item',
      { reason: 'x', amount: 1, lines: [{ date: '2026-12-01', amount: 3 }] },
      '/lines/0/item',
    ],
    [
      'a negative amount in a line',
      { reason: 'x', amount: 1, lines: [{ date: '2026-12-01', item: 'a', amount: -3 }] },
      '/lines/0/amount',
    ],
  ])('refuses %s, naming the place', (_name, input, path) => {
    const error = rejection(input);
    expect(error.reason).toBe('invalid-data');
    expect(error.errors.map((e) => e.path)).toContain(path);
  });
});
