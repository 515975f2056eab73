// Server answers by their stable code, en (same keys as codes.zh-CN.ts).
import { auditCodesEn } from './audit-codes.en';
import type { codesZhCN } from './codes.zh-CN';

export const codesEn: Record<keyof typeof codesZhCN, string> = {
  'not-accepted': 'The current step does not accept this action',
  'not-running': 'The process has ended; nothing more can be done',
  'unknown-state': 'This version of the process has no such state',
  'idempotency-key-reused': 'The same request was sent again with changes; reload and retry',
  'read-only-user': 'Read-only users cannot do this',
  'unknown-user': 'No such user',
  'unknown-department': 'No such department',
  'auditor-exclusive': 'The auditor role cannot be held with any other role',
  'role-not-scopable': 'Admin, process owner and auditor cannot be held in one department only',
  'department-code-taken': 'This department code is already used',
  'department-cycle': 'A department cannot move under itself or one of its sub-departments',
  'department-has-users': 'The department still has users',
  'department-has-children': 'The department still has sub-departments',
  'department-has-role-grants': 'Role grants still point at this department',
  'proxy-overlap': 'This range overlaps another proxy range',
  'proxy-ended': 'This proxy range has already ended',
  'proxy-inactive': 'The proxy is deactivated',
  'proxy-read-only': 'An auditor cannot be a proxy (they cannot complete tasks)',
  'proxy-is-principal': 'You cannot be your own proxy',
  'proxy-cycle': 'These proxies would form a loop',
  'ends-before-start': 'The end must be after the start',
  'ends-in-past': 'The end is already past',
  'search-field-invalid': 'The data field must be a context path of letters, digits and _ (e.g. amount)',
  'search-operator-invalid': 'This comparison is not valid',
  'search-value-not-number': 'Greater/less-than comparisons need a number',
  'search-field-incomplete': 'A data-field search needs both the field and the value',
  'calendar-invalid-week':
    'The working week needs every day Monday–Sunday (an empty list is a rest day) and at least one working day',
  'calendar-invalid-period': 'Working periods are HH:mm, start before they end, in order and without overlap',
  'calendar-invalid-date': 'The date must be year-month-day',
  'calendar-invalid-range':
    'Invalid date range (the end cannot be before the start, at most a year; an extra working day is one day)',
  usernameRules:
    'Usernames are 2–50 characters: a lower-case letter, then letters, digits, ".", "_" or "-" (not system or me)',
  usernameTaken: 'This username is taken',
  passwordRules: 'Passwords need at least 8 characters and must differ from the username',
  wrongCurrentPassword: 'The current password is wrong',
  managerInvalid: 'Invalid manager (unknown, or the user themself)',
  cannotDeactivateSelf: 'You cannot deactivate your own account',
  cannotDropOwnAdmin: 'You cannot remove your own admin role',
  fieldInvalid: 'This value is not valid',
  ...auditCodesEn,
};
