// Pure: the checks the users routes make on a new username and password, made before sending so
// the form can say what is wrong in the user's language (the server says it only in English).
// The rules are the API's (apps/api/src/users/password-rules.ts).

const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,49}$/;
const RESERVED = ['system', 'me'];
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 200;

/** `codes.usernameRules` when the username cannot be used, else undefined. */
export function usernameProblem(username: string): 'usernameRules' | undefined {
  return USERNAME_PATTERN.test(username) && !RESERVED.includes(username) ? undefined : 'usernameRules';
}

/** `codes.passwordRules` when the password would be refused for `username`, else undefined. */
export function passwordProblem(password: string, username: string): 'passwordRules' | undefined {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return 'passwordRules';
  return password.toLowerCase() === username.toLowerCase() ? 'passwordRules' : undefined;
}

/** The `codes` key for a problem the users routes report without a code, by the field it names. */
export type UncodedUserProblem =
  | 'usernameTaken'
  | 'usernameRules'
  | 'passwordRules'
  | 'wrongCurrentPassword'
  | 'managerInvalid'
  | 'cannotDeactivateSelf'
  | 'cannotDropOwnAdmin'
  | 'unknown-department'
  | 'fieldInvalid';

export function uncodedUserProblem(path: string, status: number): UncodedUserProblem {
  if (status === 409) return 'usernameTaken';
  switch (path) {
    case '/username':
      return 'usernameRules';
    case '/password':
      return 'passwordRules';
    case '/currentPassword':
      return 'wrongCurrentPassword';
    case '/manager':
      return 'managerInvalid';
    case '/active':
      return 'cannotDeactivateSelf';
    case '/roles':
      return 'cannotDropOwnAdmin';
    case '/departmentId':
      return 'unknown-department';
    default:
      return 'fieldInvalid';
  }
}
