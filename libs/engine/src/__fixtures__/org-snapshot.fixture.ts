import type { OrgDepartment, OrgSnapshot, OrgUser } from '../org/org.types';

const dept = (id: string, parentId: string | null, head: string | null): OrgDepartment => ({
  id,
  code: id,
  name: { zh: id, en: id },
  parentId,
  head,
});
const user = (username: string, departmentId: string | null, extra: Partial<OrgUser> = {}): OrgUser => ({
  username,
  departmentId,
  manager: null,
  active: true,
  roles: [],
  ...extra,
});

/**
 * hq (head boss) ⊃ bizdev (head lead) ⊃ team (no head); hq ⊃ finance (head fin-head);
 * hq ⊃ branch (no head) with a branch-scoped finance reviewer.
 */
export function sampleOrg(): OrgSnapshot {
  return {
    departments: [
      dept('hq', null, 'boss'),
      dept('bizdev', 'hq', 'lead'),
      dept('team', 'bizdev', null),
      dept('finance', 'hq', 'fin-head'),
      dept('branch', 'hq', null),
    ],
    users: [
      user('boss', 'hq', { roles: [{ role: 'hq', departmentId: null }] }),
      user('lead', 'bizdev', { roles: [{ role: 'leader', departmentId: null }] }),
      user('staff', 'bizdev'),
      user('member', 'team'),
      user('fin-head', 'finance', { roles: [{ role: 'finance', departmentId: null }] }),
      user('fin-clerk', 'finance', { roles: [{ role: 'finance', departmentId: null }] }),
      user('retired', 'finance', { active: false, roles: [{ role: 'finance', departmentId: null }] }),
      user('branch-staff', 'branch'),
      user('branch-fin', 'branch', { roles: [{ role: 'finance', departmentId: 'branch' }] }),
      user('explicit', 'team', { manager: 'fin-head' }),
      user('loner', null),
    ],
  };
}
