// Pure: where each role lands after signing in (and on "/"): auditors the audit search, admins
// manage users, everyone else starts from their tasks.

/**
 * @example roleHome(['auditor']) // '/audit'
 * @example roleHome(['staff', 'leader']) // '/tasks'
 */
export function roleHome(roles: readonly string[]): string {
  if (roles.includes('auditor')) return '/audit';
  if (roles.includes('admin')) return '/admin/users';
  return '/tasks';
}

/** True for the roles that manage users, departments and anyone's proxies. */
export function isAdmin(roles: readonly string[]): boolean {
  return roles.includes('admin') && !roles.includes('auditor');
}

/** The roles that may read the user list (`GET /api/users`). */
export function mayReadUsers(roles: readonly string[]): boolean {
  return roles.some((role) => role === 'leader' || role === 'auditor' || role === 'admin');
}

/**
 * The roles the audit view (search, player, verification) is for: auditors and admins over every
 * instance, process owners over the instances of the definitions they own (the server filters).
 */
export function mayAudit(roles: readonly string[]): boolean {
  return mayReadAuditEvidence(roles) || roles.includes('owner');
}

/** The roles that read audit evidence over everything: bundles, checkpoints, ledger, analytics. */
export function mayReadAuditEvidence(roles: readonly string[]): boolean {
  return roles.includes('auditor') || roles.includes('admin');
}

/** The roles that read the ledger: the whole (auditor, admin) or, as a department head, their departments. */
export function mayReadLedger(roles: readonly string[]): boolean {
  return mayReadAuditEvidence(roles) || roles.includes('leader');
}

/** Holds the auditor role (read-only everywhere). */
export function isAuditor(roles: readonly string[]): boolean {
  return roles.includes('auditor');
}
