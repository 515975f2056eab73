import { isDepartmentCode } from './department-code';

describe('isDepartmentCode', () => {
  it.each(['finance', 'county-branch', 'it', 'b2b-sales'])('accepts %s', (code) => {
    expect(isDepartmentCode(code)).toBe(true);
  });

  it.each(['Finance', 'county--branch', '-x', 'x-', 'a b', '财务', 'a'.repeat(51)])('refuses %s', (code) => {
    expect(isDepartmentCode(code)).toBe(false);
  });
});
