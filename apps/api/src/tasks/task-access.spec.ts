import type { AuthenticatedUser } from '../auth/authenticated-user';
import { isCandidate, mayComplete } from './task-access';

const leader: AuthenticatedUser = { username: 'leader', displayName: '李四 (leader)', roles: ['leader'] };

describe('mayComplete', () => {
  it.each([
    ['the assignee', { assignee: 'leader', candidateRoles: [] }, true],
    ['someone else when assigned, even with the role', { assignee: 'finance', candidateRoles: ['leader'] }, false],
    ['a candidate of an unclaimed task', { assignee: null, candidateRoles: ['finance', 'leader'] }, true],
    ['a non-candidate of an unclaimed task', { assignee: null, candidateRoles: ['finance'] }, false],
    ['anyone when the task names no role and no assignee', { assignee: null, candidateRoles: [] }, true],
  ])('%s -> %s', (_name, task, expected) => {
    expect(mayComplete(task, leader)).toBe(expected);
  });
});

describe('isCandidate', () => {
  it.each([
    [{ assignee: null, candidateRoles: ['leader'], status: 'open' as const }, true],
    [{ assignee: 'leader', candidateRoles: ['leader'], status: 'open' as const }, false],
    [{ assignee: null, candidateRoles: ['leader'], status: 'done' as const }, false],
    [{ assignee: null, candidateRoles: [], status: 'open' as const }, false],
  ])('%j -> %s', (task, expected) => {
    expect(isCandidate(task, leader)).toBe(expected);
  });
});
