import {
  departmentAncestors,
  departmentHead,
  departmentPath,
  departmentWithDescendants,
  wouldCycle,
} from './departments';
import { managerChain, managerChainWithEnd, managerOf } from './managers';
import { sampleOrg } from '../__fixtures__/org-snapshot.fixture';
import type { OrgSnapshot } from './org.types';
import { roleHoldersFor, usersWithRole } from './role-holders';

const codes = (list: { id: string }[]) => list.map((d) => d.id);

describe('departments', () => {
  const org = sampleOrg();

  it('gives the path root first and the ancestors parent first', () => {
    expect(codes(departmentPath(org, 'team'))).toEqual(['hq', 'bizdev', 'team']);
    expect(codes(departmentAncestors(org, 'team'))).toEqual(['bizdev', 'hq']);
    expect(departmentPath(org, 'nowhere')).toEqual([]);
  });

  it('gives the head or null', () => {
    expect(departmentHead(org, 'bizdev')).toBe('lead');
    expect(departmentHead(org, 'team')).toBeNull();
    expect(departmentHead(org, 'nowhere')).toBeNull();
  });

  it('lists a department with its descendants', () => {
    expect(departmentWithDescendants(org, 'bizdev')).toEqual(['bizdev', 'team']);
    expect(departmentWithDescendants(org, 'hq')).toHaveLength(5);
  });

  it('detects a move that would close a loop', () => {
    expect(wouldCycle(org, 'bizdev', 'team')).toBe(true);
    expect(wouldCycle(org, 'bizdev', 'bizdev')).toBe(true);
    expect(wouldCycle(org, 'team', 'finance')).toBe(false);
    expect(wouldCycle(org, 'hq', null)).toBe(false);
  });

  it('survives a loop already in the data', () => {
    const looped: OrgSnapshot = {
      users: [],
      departments: [
        { id: 'a', code: 'a', name: { zh: 'a', en: 'a' }, parentId: 'b', head: null },
        { id: 'b', code: 'b', name: { zh: 'b', en: 'b' }, parentId: 'a', head: null },
      ],
    };
    expect(codes(departmentAncestors(looped, 'a'))).toEqual(['b']);
    expect(departmentWithDescendants(looped, 'a')).toEqual(['a', 'b']);
  });
});

describe('managerOf', () => {
  const org = sampleOrg();

  it('prefers the explicit manager', () => expect(managerOf(org, 'explicit')).toBe('fin-head'));
  it('falls back to the department head', () => expect(managerOf(org, 'staff')).toBe('lead'));
  it('climbs past a department without head', () => expect(managerOf(org, 'member')).toBe('lead'));
  it('gives a head the head one level up', () => expect(managerOf(org, 'lead')).toBe('boss'));
  it('climbs from a headless branch to the top', () => expect(managerOf(org, 'branch-staff')).toBe('boss'));
  it('is null at the top, without a department or for a stranger', () => {
    expect(managerOf(org, 'boss')).toBeNull();
    expect(managerOf(org, 'loner')).toBeNull();
    expect(managerOf(org, 'nobody')).toBeNull();
  });
  it('ignores an explicit manager that is the user himself', () => {
    const org2 = sampleOrg();
    org2.users.find((u) => u.username === 'staff')!.manager = 'staff';
    expect(managerOf(org2, 'staff')).toBe('lead');
  });
});

describe('managerChain', () => {
  const org = sampleOrg();

  it('goes to the top by default', () => {
    expect(managerChainWithEnd(org, 'member')).toEqual({ users: ['lead', 'boss'], end: 'top' });
    expect(managerChain(org, 'explicit', { top: true })).toEqual(['fin-head', 'boss']);
  });
  it('stops after the levels asked for', () => {
    expect(managerChainWithEnd(org, 'member', { levels: 1 })).toEqual({ users: ['lead'], end: 'levels' });
  });
  it('stops at the first manager holding the role', () => {
    expect(managerChainWithEnd(org, 'member', { untilRole: 'leader' })).toEqual({ users: ['lead'], end: 'role' });
    expect(managerChainWithEnd(org, 'member', { untilRole: 'legal' })).toEqual({ users: ['lead', 'boss'], end: 'top' });
  });
  it('never repeats anyone when explicit managers loop', () => {
    const looped = sampleOrg();
    looped.users.find((u) => u.username === 'boss')!.manager = 'lead';
    expect(managerChainWithEnd(looped, 'member')).toEqual({ users: ['lead', 'boss'], end: 'cycle' });
    expect(managerChainWithEnd(looped, 'lead')).toEqual({ users: ['boss'], end: 'cycle' });
  });
  it('is empty at the top', () => expect(managerChain(org, 'boss')).toEqual([]));
});

describe('usersWithRole', () => {
  const org = sampleOrg();

  it('lists every holder, scoped or not, in snapshot order', () => {
    expect(usersWithRole(org, 'finance')).toEqual(['fin-head', 'fin-clerk', 'retired', 'branch-fin']);
  });
  it('narrows to a department: scoped grants there and unscoped members', () => {
    expect(usersWithRole(org, 'finance', { department: 'branch' })).toEqual(['branch-fin']);
    expect(usersWithRole(org, 'finance', { department: 'finance' })).toEqual(['fin-head', 'fin-clerk', 'retired']);
    expect(usersWithRole(org, 'leader', { department: 'hq' })).toEqual([]);
  });
  it('includes subdepartments when asked', () => {
    expect(usersWithRole(org, 'leader', { department: 'hq', includeSubdepartments: true })).toEqual(['lead']);
  });
});

describe('roleHoldersFor', () => {
  const org = sampleOrg();

  it('prefers the nearest scoped grant', () =>
    expect(roleHoldersFor(org, 'finance', 'branch')).toEqual(['branch-fin']));
  it('falls back to the unscoped holders', () => {
    expect(roleHoldersFor(org, 'finance', 'team')).toEqual(['fin-head', 'fin-clerk', 'retired']);
  });
  it('covers subdepartments of a scoped grant', () => {
    const org2 = sampleOrg();
    org2.departments.push({
      id: 'village',
      code: 'village',
      name: { zh: 'v', en: 'v' },
      parentId: 'branch',
      head: null,
    });
    expect(roleHoldersFor(org2, 'finance', 'village')).toEqual(['branch-fin']);
  });
});
