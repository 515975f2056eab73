import { SYSTEM_ACTOR, type AuthenticatedUser } from '../auth/authenticated-user';
import { decideEvent } from './event.policy';

const user = (username: string, ...roles: string[]): AuthenticatedUser => ({ username, displayName: username, roles });
const instance = {
  startedBy: 'staff',
  openTasks: [
    { assignee: null, candidateRoles: ['leader'], outcomes: ['APPROVE', 'REJECT'] },
    { assignee: 'finance', candidateRoles: ['finance'], outcomes: ['SETTLE'] },
  ],
};

describe('decideEvent', () => {
  it.each([
    ['system sends a timer', SYSTEM_ACTOR, 'xstate.after.P3D.x.review', true],
    ['a user sends a timer', user('admin', 'admin'), 'xstate.after.P3D.x.review', false],
    ['a candidate sends an outcome of an unclaimed task', user('leader', 'leader'), 'APPROVE', true],
    ['a non-candidate sends it', user('legal', 'legal'), 'APPROVE', false],
    ['the starter sends an outcome they are not a candidate for', user('staff', 'staff'), 'REJECT', false],
    ['the assignee sends the outcome of their task', user('finance', 'finance'), 'SETTLE', true],
    ['another finance member sends an outcome of an assigned task', user('f2', 'finance'), 'SETTLE', false],
    ['an admin sends a task outcome', user('admin', 'admin'), 'APPROVE', false],
    ['the starter sends an event no task owns', user('staff', 'staff'), 'WITHDRAW', true],
    ['an admin sends an event no task owns', user('admin', 'admin'), 'WITHDRAW', true],
    ['someone else sends an event no task owns', user('leader', 'leader'), 'WITHDRAW', false],
    ['an auditor who started it sends anything', user('staff', 'staff', 'auditor'), 'WITHDRAW', false],
  ])('%s -> %s', (_name, who, type, expected) => {
    expect(decideEvent(who, type, instance).allowed).toBe(expected);
  });
});
