import { mayManageProxies, mayReadProxies } from './proxy.policy';

const user = (username: string, ...roles: string[]) => ({ username, roles });

describe('mayReadProxies', () => {
  it.each([
    ['the user themself', user('staff', 'staff'), true],
    ['an admin', user('admin', 'admin'), true],
    ['an auditor', user('auditor', 'auditor'), true],
    ['a leader', user('leader', 'leader'), false],
    ['another staff member', user('staff2', 'staff'), false],
  ])('%s -> %s', (_name, actor, expected) => {
    expect(mayReadProxies(actor, 'staff')).toBe(expected);
  });
});

describe('mayManageProxies', () => {
  it.each([
    ['the user themself', user('staff', 'staff'), true],
    ['an auditor for themselves (their own account)', user('staff', 'auditor'), true],
    ['an admin for someone else', user('admin', 'admin'), true],
    ['an admin who also holds auditor', user('admin', 'admin', 'auditor'), false],
    ['an auditor for someone else', user('auditor', 'auditor'), false],
    ['a leader for a member', user('leader', 'leader'), false],
  ])('%s -> %s', (_name, actor, expected) => {
    expect(mayManageProxies(actor, 'staff')).toBe(expected);
  });
});
