import type { ProblemContract } from '@liucheng/contracts';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;

/** Usernames: a lower-case letter, then letters, digits, `.`, `_`, `-` (2–50 characters). */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,49}$/;

/** Names the API itself uses (`system` acts for timers, `me` is a route). */
export const RESERVED_USERNAMES = ['system', 'me'];

/** Problems with a new password (`path` names the body field), empty when it is acceptable. */
export function passwordProblems(password: string, username: string, path = '/password'): ProblemContract[] {
  const problems: ProblemContract[] = [];
  if (password.length < PASSWORD_MIN_LENGTH)
    problems.push({ path, message: `must be at least ${PASSWORD_MIN_LENGTH} characters` });
  if (password.length > PASSWORD_MAX_LENGTH)
    problems.push({ path, message: `must be at most ${PASSWORD_MAX_LENGTH} characters` });
  if (password.toLowerCase() === username.toLowerCase())
    problems.push({ path, message: 'must differ from the username' });
  return problems;
}

/** Problems with a new username, empty when it is acceptable. */
export function usernameProblems(username: string): ProblemContract[] {
  if (!USERNAME_PATTERN.test(username))
    return [
      {
        path: '/username',
        message: 'must be 2-50 characters: a lower-case letter, then letters, digits, ".", "_" or "-"',
      },
    ];
  if (RESERVED_USERNAMES.includes(username)) return [{ path: '/username', message: 'is reserved' }];
  return [];
}
