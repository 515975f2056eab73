import type { JsonObject } from '@liucheng/engine';
import { standardRegistry } from '@liucheng/engine';
import { listIncludes, listIncludesGuard } from './list-includes.guard';

const holds = (context: JsonObject, data: JsonObject, params: JsonObject): boolean =>
  listIncludesGuard.evaluate({ context, event: { type: 'X', data } }, params, standardRegistry);

describe('domain: listIncludes', () => {
  it.each([
    ['a listed id', ['a', 'b'], 'b', undefined, true],
    ['an unlisted id', ['a', 'b'], 'c', undefined, false],
    ['a number is not its string', [1, 2], '1', undefined, false],
    ['by item property', [{ reportId: 'a' }, { reportId: 'b' }], 'b', 'reportId', true],
    ['by item property, absent', [{ reportId: 'a' }], 'b', 'reportId', false],
    ['items without the property', [null, 3, { other: 'b' }], 'b', 'reportId', false],
    ['an object value by JSON equality', [{ a: 1, b: 2 }], { b: 2, a: 1 }, undefined, true],
    ['no list', undefined, 'a', undefined, false],
    ['no value', [undefined, 'a'], undefined, undefined, false],
    ['an empty list', [], 'a', undefined, false],
  ])('%s', (_name, list, value, itemField, expected) => {
    expect(listIncludes(list, value, itemField)).toBe(expected);
  });

  it('reads the list from the context and the value from the event', () => {
    const context = { reportIds: ['r1', 'r2'], checked: [{ reportId: 'r1' }] };
    const params = { list: 'context.reportIds', value: 'event.data.reportId' };
    expect(holds(context, { reportId: 'r2' }, params)).toBe(true);
    expect(holds(context, { reportId: 'r3' }, params)).toBe(false);
    const checked = { list: 'context.checked', value: 'event.data.reportId', itemField: 'reportId' };
    expect(holds(context, { reportId: 'r1' }, checked)).toBe(true);
    expect(holds(context, { reportId: 'r2' }, checked)).toBe(false);
  });
});
