import { passwordProblems, usernameProblems } from './password-rules';

describe('passwordProblems', () => {
  it.each([
    ['long enough', 'correct-horse', []],
    ['exactly 8', '12345678', []],
    ['7 characters', '1234567', ['must be at least 8 characters']],
    ['the username', 'Newuser1', ['must differ from the username']],
    ['too long', 'x'.repeat(201), ['must be at most 200 characters']],
  ])('%s', (_name, password, messages) => {
    expect(passwordProblems(password, 'newuser1').map((p) => p.message)).toEqual(messages);
  });
});

describe('usernameProblems', () => {
  it.each([
    ['zhang.san', true],
    ['li_si-2', true],
    ['a', false],
    ['Zhang', false],
    ['1abc', false],
    ['has space', false],
    ['system', false],
    ['me', false],
  ])('%s acceptable: %s', (username, ok) => {
    expect(usernameProblems(username)).toHaveLength(ok ? 0 : 1);
  });
});
