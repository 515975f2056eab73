import { departmentAncestors } from './departments';
import { indexOrg } from './org-index';
import type { OrgDepartment, OrgSnapshot } from './org.types';

/** The department or its nearest ancestor with a head other than `except`. */
export function upwardsHead(org: OrgSnapshot, departmentId: string, except?: string): OrgDepartment | undefined {
  const self = indexOrg(org).departments.get(departmentId);
  if (!self) return undefined;
  return [self, ...departmentAncestors(org, departmentId)].find((d) => d.head !== null && d.head !== except);
}
