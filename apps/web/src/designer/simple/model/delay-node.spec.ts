import { definitionToTree, treeToDefinition, type DelayNode, type FlowTree } from '@liucheng/engine';
import { delayOf, setDelay, setDelayFrom, startDateFields } from './delay-node';

const t = (zh: string, en: string) => ({ zh, en });
const wait = (extra: Partial<DelayNode> = {}): DelayNode => ({
  kind: 'delay',
  key: 'grace',
  duration: 'PT1H',
  ...extra,
});
const treeWith = (...nodes: DelayNode[]): FlowTree => ({
  id: 'w',
  title: t('等待', 'Wait'),
  start: {
    form: {
      type: 'object',
      properties: { hostedOn: { type: 'string', format: 'date', title: '招待日期 / Date hosted' } },
    },
  },
  nodes,
  end: { key: 'done' },
  ends: [],
});

describe('a delay node in plain units (工作日 / 工作小时 too)', () => {
  it.each([
    ['M', 'PT30M', 30],
    ['H', 'PT2H', 2],
    ['D', 'P3D', 3],
    ['WH', 'PT4H', 4],
    ['WD', 'P3D', 3],
  ] as const)('%s: writes %s and reads it back', (unit, duration, amount) => {
    const tree = treeWith(wait());
    const node = setDelay(tree, wait(), amount, unit);
    expect(node.duration).toBe(duration);
    expect(delayOf(node)).toEqual({ amount, unit });
    expect(node.working !== undefined).toBe(unit === 'WH' || unit === 'WD');
  });

  it('names the working delay after the node, uniquely, and drops it when going back to clock time', () => {
    const other = wait({ key: 'first', working: { name: 'graceWait' } });
    const tree = treeWith(other, wait());
    const working = setDelay(tree, wait(), 3, 'WD');
    expect(working.working).toEqual({ name: 'graceWait2' });
    expect(setDelay(tree, working, 5, 'WD').working).toEqual({ name: 'graceWait2' });
    expect(setDelay(tree, working, 2, 'H')).toEqual({ kind: 'delay', key: 'grace', duration: 'PT2H' });
  });

  it('counts from the node’s start or a date of the start form, and compiles to meta.delays', () => {
    const node = setDelayFrom(setDelay(treeWith(wait()), wait(), 3, 'WD'), 'context.hostedOn');
    expect(node.working).toEqual({ name: 'graceWait', from: 'context.hostedOn' });
    const spec = treeToDefinition(treeWith(node));
    expect(spec.meta.delays).toEqual({ graceWait: { working: 'P3D', from: 'context.hostedOn' } });
    expect(definitionToTree(spec)).toMatchObject({ ok: true, tree: { nodes: [node] } });
    expect(setDelayFrom(node, 'entry').working).toEqual({ name: 'graceWait' });
  });

  it('offers the start form’s dates by their titles', () => {
    expect(startDateFields(treeWith().start.form)).toEqual([
      { from: 'context.hostedOn', title: t('招待日期', 'Date hosted') },
    ]);
  });
});
