import type { Task } from '@liucheng/contracts';
import { firstTaskFor } from './first-task';

const task = (id: string, assignee: string | null, candidateRoles: string[], status: Task['status'] = 'open') =>
  ({ id, assignee, candidateRoles, status }) as Task;
const staff = { username: 'staff', roles: ['staff'] };

describe('firstTaskFor', () => {
  it.each([
    ['assigned to me beats claimable', [task('a', null, ['staff']), task('b', 'staff', [])], 'b'],
    ['claimable when nothing is assigned', [task('a', 'leader', ['leader']), task('b', null, ['staff'])], 'b'],
    ['nothing for me (the leader approves first)', [task('a', 'leader', ['leader'])], undefined],
    ['done tasks do not count', [task('a', 'staff', [], 'done')], undefined],
    ['no tasks at all', [], undefined],
  ])('%s', (_name, tasks, expected) => {
    expect(firstTaskFor({ tasks }, staff)?.id).toBe(expected);
  });
});
