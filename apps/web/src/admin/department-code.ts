// Pure: the API's rule for department codes (apps/api/src/org/dto/department-code.ts), checked
// before sending so the form can say it in the user's language.
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** @example isDepartmentCode('county-branch') // true */
export function isDepartmentCode(code: string): boolean {
  return code.length <= 50 && CODE.test(code);
}
