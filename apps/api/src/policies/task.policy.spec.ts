import type { AuthenticatedUser } from '../auth/authenticated-user';
import { isCandidate, isEligibleAssignee, mayComplete, mayUnclaim } from './task.policy';

const user = (username: string, ...roles: string[]): AuthenticatedUser => ({ username, displayName: username, roles });
const leader = user('leader', 'leader');

describe('mayComplete', () => {
  it.each([
    ['the assignee', { assignee: 'leader', candidateRoles: [] }, true],
    ['someone else when assigned, even with the role', { assignee: 'finance', candidateRoles: ['leader'] }, false],
    ['a candidate of an unclaimed task', { assignee: null, candidateRoles: ['finance', 'leader'] }, true],
    ['a non-candidate of an unclaimed task', { assignee: null, candidateRoles: ['finance'] }, false],
    ['nobody when the task names no role and no assignee', { assignee: null, candidateRoles: [] }, false],
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

describe('mayUnclaim', () => {
  it.each([
    ['the assignee', user('staff', 'staff'), true],
    ['a leader', user('lead2', 'leader'), true],
    ['an admin', user('admin', 'admin'), true],
    ['another candidate', user('staff2', 'staff'), false],
    ['an auditor', user('auditor', 'auditor'), false],
  ])('%s -> %s', (_name, who, expected) => {
    expect(mayUnclaim({ assignee: 'staff', candidateRoles: ['staff'] }, who)).toBe(expected);
  });
});

describe('isEligibleAssignee', () => {
  it.each([
    ['a candidate role member', ['finance'], null, user('f2', 'finance'), true],
    ['a non-member', ['finance'], null, user('s2', 'staff'), false],
    ['the resolved assignee without the role', ['leader'], 'staff', user('staff', 'staff'), true],
    ['another user than the resolved assignee', [], 'staff', user('s2', 'staff'), false],
    ['anyone for a task with no candidates and no resolution', [], null, user('s2', 'staff'), true],
  ])('%s -> %s', (_name, candidateRoles, resolved, target, expected) => {
    expect(isEligibleAssignee({ candidateRoles }, resolved, target)).toBe(expected);
  });
});
