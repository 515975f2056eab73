import { maySetPassword } from './password.policy';

describe('maySetPassword', () => {
  it.each([
    [['staff'], 'me', true],
    [['auditor'], 'me', true],
    [['auditor', 'admin'], 'me', true],
    [['admin'], 'other', true],
    [['auditor', 'admin'], 'other', false],
    [['leader'], 'other', false],
    [['auditor'], 'other', false],
    [[], 'other', false],
  ])('%j setting the password of %s: %s', (roles, username, expected) => {
    expect(maySetPassword({ username: 'me', roles }, username)).toBe(expected);
  });
});
