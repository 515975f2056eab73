import { Matches, MaxLength } from 'class-validator';

/** Lower-case letters and digits in dash-separated words: `finance`, `county-branch`. */
export const DEPARTMENT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const DepartmentCode = (): PropertyDecorator => (target, key) => {
  Matches(DEPARTMENT_CODE, { message: 'code must be kebab-case (a-z, 0-9, single dashes)' })(target, key);
  MaxLength(50)(target, key);
};
