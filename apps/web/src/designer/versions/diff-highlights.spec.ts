import { diffHighlights, edgeHighlight } from './diff-highlights';
import { diffSpecs } from './spec-diff';

const before = {
  id: 'p',
  initial: 'a',
  meta: { title: { zh: 'P', en: 'P' } },
  states: { a: { on: { GO: 'b' } }, b: { on: { GO: 'c' } }, c: { type: 'final' } },
};
const after = {
  id: 'p',
  initial: 'a',
  meta: { title: { zh: 'P', en: 'P' } },
  states: { a: { on: { GO: 'd' } }, d: { on: { GO: 'c' } }, c: { type: 'final' } },
};

describe('diffHighlights', () => {
  const diff = diffSpecs(before, after);

  it.each([
    ['before', { a: 'changed', b: 'removed' }, { 'a|on|GO|0': 'changed', 'b|on|GO|0': 'removed' }],
    ['after', { a: 'changed', d: 'added' }, { 'a|on|GO|0': 'changed', 'd|on|GO|0': 'added' }],
  ] as const)('colours the %s side', (side, nodes, edges) => {
    expect(diffHighlights(diff, side)).toEqual({ nodes, edges });
  });

  it.each([
    ['d|on|GO|0|0', 'added'],
    ['a|on|GO|0|1', 'changed'],
    ['c|on|GO|0|0', undefined],
  ])('maps canvas edge %s to %p', (edgeId, kind) => {
    expect(edgeHighlight(diffHighlights(diff, 'after'), edgeId)).toBe(kind);
  });
});
