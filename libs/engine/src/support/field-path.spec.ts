import { getAt, readRooted, setAt } from './field-path';

describe('field paths', () => {
  const args = {
    context: { guest: { count: 3 }, list: [{ a: 1 }] },
    event: { type: 'X', data: { days: 2 }, actor: 'staff' },
  };

  it.each([
    ['context.guest.count', 3],
    ['context.list.0.a', 1],
    ['event.data.days', 2],
    ['event.actor', 'staff'],
    ['context.missing.deep', undefined],
    ['other.path', undefined],
  ])('reads %s', (path, value) => {
    expect(readRooted(args, path)).toEqual(value);
  });

  it('writes a copy, creating missing objects and leaving the original alone', () => {
    const before = { a: { b: 1 }, keep: [1] };
    const after = setAt(before, 'a.c.d', 2);
    expect(after).toEqual({ a: { b: 1, c: { d: 2 } }, keep: [1] });
    expect(before).toEqual({ a: { b: 1 }, keep: [1] });
    expect(after.keep).toBe(before.keep);
    expect(getAt(setAt({ l: [1, 2] }, 'l.1', 9), 'l')).toEqual([1, 9]);
  });
});
