import { sortDoneTasks, sortOpenTasks } from './sort-tasks';

const task = (id: string, createdAt: string, dueAt: string | null = null, completedAt: string | null = null) => ({
  id,
  createdAt: `2026-03-${createdAt}T08:00:00.000Z`,
  dueAt: dueAt && `2026-03-${dueAt}T08:00:00.000Z`,
  completedAt: completedAt && `2026-03-${completedAt}T08:00:00.000Z`,
});

describe('sortOpenTasks', () => {
  it('puts due tasks first, earliest due first, then undated ones newest first', () => {
    const tasks = [
      task('a', '01'),
      task('b', '05', '20'),
      task('c', '03'),
      task('d', '02', '04'),
      task('e', '06', '20'),
    ];
    expect(sortOpenTasks(tasks).map((t) => t.id)).toEqual(['d', 'e', 'b', 'c', 'a']);
  });

  it('does not change its input', () => {
    const tasks = [task('a', '01'), task('b', '02', '03')];
    sortOpenTasks(tasks);
    expect(tasks.map((t) => t.id)).toEqual(['a', 'b']);
  });
});

describe('sortDoneTasks', () => {
  it('orders by completion, latest first, ties by id', () => {
    const tasks = [task('a', '01', null, '02'), task('b', '01', null, '09'), task('c', '01', null, '02')];
    expect(sortDoneTasks(tasks).map((t) => t.id)).toEqual(['b', 'a', 'c']);
  });
});
