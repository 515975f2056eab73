import type { JsonObject } from '@liucheng/engine';
import { countDistinct, distinctCountAction } from './distinct-count.action';

const run = (context: JsonObject, params: JsonObject): JsonObject =>
  distinctCountAction.assign({ context, event: { type: 'X' } }, { from: 'context.items', to: 'count', ...params });

describe('domain: distinctCount', () => {
  it.each([
    ['distinct strings', ['a', 'b', 'a'], undefined, 2],
    ['by item property', [{ reportId: 'a' }, { reportId: 'a' }, { reportId: 'b' }], 'reportId', 2],
    [
      'objects by JSON equality',
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
      undefined,
      1,
    ],
    ['1 and "1" differ', [1, '1'], undefined, 2],
    ['items without the property count as nothing', [{ other: 1 }, null, { reportId: 'a' }], 'reportId', 1],
    ['an empty list', [], undefined, 0],
    ['no list', undefined, undefined, 0],
  ])('%s', (_name, list, itemField, expected) => {
    expect(countDistinct(list, itemField)).toBe(expected);
  });

  it('writes the count and leaves the context it was given alone', () => {
    const context = { items: [{ reportId: 'a' }, { reportId: 'a' }] };
    expect(run(context, { itemField: 'reportId' })).toEqual({ ...context, count: 1 });
    expect(context).toEqual({ items: [{ reportId: 'a' }, { reportId: 'a' }] });
  });
});
