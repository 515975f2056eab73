import { mayAct, taskAccess, type TaskAccess } from './task-access';

const leader = { username: 'leader', roles: ['leader'] };

describe('taskAccess', () => {
  it.each([
    ['assigned to me', { status: 'open', assignee: 'leader', candidateRoles: [] }, 'assignee', true],
    [
      'assigned to someone else with my role',
      { status: 'open', assignee: 'li', candidateRoles: ['leader'] },
      'claimed-by-other',
      false,
    ],
    [
      'unclaimed, my role a candidate',
      { status: 'open', assignee: null, candidateRoles: ['finance', 'leader'] },
      'candidate',
      true,
    ],
    ['unclaimed, other roles', { status: 'open', assignee: null, candidateRoles: ['finance'] }, 'none', false],
    ['unclaimed, no roles at all', { status: 'open', assignee: null, candidateRoles: [] }, 'none', false],
    ['done, even if it was mine', { status: 'done', assignee: 'leader', candidateRoles: [] }, 'done', false],
    ['cancelled', { status: 'cancelled', assignee: null, candidateRoles: ['leader'] }, 'cancelled', false],
    [
      'transferred away from me',
      { status: 'transferred', assignee: 'leader', candidateRoles: [] },
      'transferred',
      false,
    ],
    ['delegated by me', { status: 'delegated', assignee: 'leader', candidateRoles: [] }, 'delegated', false],
    ['removed (减签)', { status: 'removed', assignee: 'leader', candidateRoles: [] }, 'removed', false],
  ] as const)('%s -> %s', (_name, task, expected: TaskAccess, act) => {
    const access = taskAccess({ ...task, candidateRoles: [...task.candidateRoles] }, leader);
    expect(access).toBe(expected);
    expect(mayAct(access)).toBe(act);
  });
});
