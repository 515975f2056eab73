import { decodeTaskCursor, encodeTaskCursor } from './task-page-order';

const id = '0b9f6a2e-6d1b-4c55-9a43-3c1f0f7e2a10';
const row = {
  id,
  created_at: new Date('2026-06-01T01:00:00.000Z'),
  due_at: null,
  completed_at: new Date('2026-06-02T01:00:00.000Z'),
};
const forge = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('task list cursors', () => {
  it.each(['created', 'due', 'completed'] as const)('a %s cursor decodes to the row’s key', (sort) => {
    const expected = {
      created: ['2026-06-01T01:00:00.000Z', id],
      due: [null, '2026-06-01T01:00:00.000Z', id],
      completed: ['2026-06-02T01:00:00.000Z', id],
    }[sort];
    expect(decodeTaskCursor(encodeTaskCursor(sort, row), sort)).toEqual(expected);
  });

  it.each([
    ['another sort', encodeTaskCursor('due', row), 'created'],
    ['a null created time', forge(['created', null, id]), 'created'],
    ['a null created time under due', forge(['due', null, null, id]), 'due'],
    ['a key too short', forge(['due', null, id]), 'due'],
    ['a key too long', forge(['completed', null, id, id]), 'completed'],
    ['a time that is not one', forge(['due', 'yesterday', '2026-06-01T01:00:00.000Z', id]), 'due'],
    ['an id that is not a uuid', forge(['created', '2026-06-01T01:00:00.000Z', 'x']), 'created'],
    ['not JSON', 'bm90IGpzb24', 'created'],
  ] as const)('refuses %s at /cursor', (_, cursor, sort) => {
    expect(() => decodeTaskCursor(cursor, sort)).toThrow(expect.objectContaining({ status: 400 }) as unknown as Error);
  });
});
