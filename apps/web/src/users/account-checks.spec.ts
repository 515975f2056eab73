import { passwordProblem, uncodedUserProblem, usernameProblem } from './account-checks';

describe('usernameProblem', () => {
  it.each(['ab', 'li.si', 'zhang_san-2', 'a'.repeat(50)])('accepts %s', (name) => {
    expect(usernameProblem(name)).toBeUndefined();
  });

  it.each(['a', 'Zhang', '1abc', 'li si', 'a'.repeat(51), 'system', 'me', '张三'])('refuses %s', (name) => {
    expect(usernameProblem(name)).toBe('usernameRules');
  });
});

describe('passwordProblem', () => {
  it('needs 8 characters and must differ from the username', () => {
    expect(passwordProblem('1234567', 'wang')).toBe('passwordRules');
    expect(passwordProblem('12345678', 'wang')).toBeUndefined();
    expect(passwordProblem('WangWuLiu', 'wangwuliu')).toBe('passwordRules');
    expect(passwordProblem('x'.repeat(201), 'wang')).toBe('passwordRules');
  });
});

describe('uncodedUserProblem', () => {
  it.each([
    ['/currentPassword', 422, 'wrongCurrentPassword'],
    ['/password', 422, 'passwordRules'],
    ['/manager', 422, 'managerInvalid'],
    ['/active', 422, 'cannotDeactivateSelf'],
    ['', 409, 'usernameTaken'],
    ['/elsewhere', 422, 'fieldInvalid'],
  ])('%s (%i) -> %s', (path, status, key) => {
    expect(uncodedUserProblem(path, status)).toBe(key);
  });
});
