import { isAdmin, isAuditor, mayAudit, mayReadAuditEvidence, mayReadLedger, mayReadUsers, roleHome } from './role-home';

describe('roleHome', () => {
  it.each([
    [['auditor'], '/audit'],
    [['admin'], '/admin/users'],
    [['admin', 'owner'], '/admin/users'],
    [['staff'], '/tasks'],
    [['leader'], '/tasks'],
    [['owner'], '/tasks'],
    [[], '/tasks'],
  ])('%j lands on %s', (roles, home) => {
    expect(roleHome(roles)).toBe(home);
  });
});

describe('isAdmin and mayReadUsers', () => {
  it('an admin holding auditor only reads', () => {
    expect(isAdmin(['admin'])).toBe(true);
    expect(isAdmin(['admin', 'auditor'])).toBe(false);
    expect(isAdmin(['staff'])).toBe(false);
  });

  it('leaders, auditors and admins read the user list', () => {
    expect(mayReadUsers(['leader'])).toBe(true);
    expect(mayReadUsers(['auditor'])).toBe(true);
    expect(mayReadUsers(['staff', 'finance'])).toBe(false);
  });
});

describe('mayAudit', () => {
  it('opens the audit view to auditors, admins and process owners (their own processes)', () => {
    expect(mayAudit(['auditor'])).toBe(true);
    expect(mayAudit(['admin'])).toBe(true);
    expect(mayAudit(['owner'])).toBe(true);
    expect(mayAudit(['leader', 'staff'])).toBe(false);
    expect(isAuditor(['admin'])).toBe(false);
    expect(isAuditor(['auditor'])).toBe(true);
  });
});

describe('mayReadLedger', () => {
  it('opens the ledger to auditors, admins and leaders (a head reads their departments)', () => {
    expect(mayReadLedger(['auditor'])).toBe(true);
    expect(mayReadLedger(['admin'])).toBe(true);
    expect(mayReadLedger(['leader'])).toBe(true);
    expect(mayReadLedger(['owner', 'staff'])).toBe(false);
  });
});

describe('mayAudit and mayReadAuditEvidence', () => {
  it('process owners use the audit view of their processes, but not the evidence over everything', () => {
    expect(mayAudit(['owner'])).toBe(true);
    expect(mayReadAuditEvidence(['owner'])).toBe(false);
    expect(mayReadLedger(['owner'])).toBe(false);
    expect(mayAudit(['auditor']) && mayReadAuditEvidence(['auditor'])).toBe(true);
    expect(mayAudit(['staff', 'leader'])).toBe(false);
  });
});
