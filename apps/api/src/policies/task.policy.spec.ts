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

describe('mayComplete on a task held by a proxy (代理)', () => {
  const until = '2026-12-08T00:00:00.000Z';
  const held = { assignee: 'proxy', candidateRoles: ['leader'], onBehalfOf: 'principal', proxyUntil: until };
  const before = new Date('2026-12-07T23:59:59.999Z');
  const atEnd = new Date(until);
  const proxy = user('proxy', 'staff');
  const principal = user('principal', 'leader');

  it.each([
    ['the proxy inside the range', true, held, proxy, before],
    ['the proxy at proxyUntil', false, held, proxy, atEnd],
    ['the proxy after proxyUntil', false, held, proxy, new Date('2026-12-09T00:00:00Z')],
    ['the proxy when no time is given (fail closed)', false, held, proxy, undefined],
    ['the proxy of a hold without end', true, { ...held, proxyUntil: null }, proxy, atEnd],
    ['the principal inside the range', true, held, principal, before],
    ['the principal after proxyUntil', true, held, principal, atEnd],
    ['the principal without a time', true, held, principal, undefined],
    ['a candidate-role holder who is neither', false, held, user('lead2', 'leader'), before],
    ['a third user after the end', false, held, user('other', 'staff'), atEnd],
    ['the assignee when onBehalfOf is null', true, { ...held, onBehalfOf: null }, proxy, atEnd],
    ['the former principal when onBehalfOf is null', false, { ...held, onBehalfOf: null }, principal, before],
  ])('%s -> %s', (_name, expected, task, who, at) => {
    expect(mayComplete(task, who, at)).toBe(expected);
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
