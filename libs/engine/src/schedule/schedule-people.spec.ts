import type { OrgSnapshot } from '../org/org.types';
import { schedulePeople } from './schedule-people';

const org: OrgSnapshot = {
  departments: [
    { id: 'd1', code: 'bizdev', name: { zh: '业务拓展部', en: 'Business development' }, parentId: null, head: 'lead' },
    { id: 'd2', code: 'east', name: { zh: '华东组', en: 'East team' }, parentId: 'd1', head: null },
  ],
  users: [
    {
      username: 'ann',
      departmentId: 'd1',
      manager: null,
      active: true,
      roles: [{ role: 'staff', departmentId: null }],
    },
    {
      username: 'bob',
      departmentId: 'd2',
      manager: null,
      active: true,
      roles: [{ role: 'staff', departmentId: null }],
    },
    {
      username: 'gone',
      departmentId: 'd1',
      manager: null,
      active: false,
      roles: [{ role: 'staff', departmentId: null }],
    },
    {
      username: 'lead',
      departmentId: 'd1',
      manager: null,
      active: true,
      roles: [{ role: 'leader', departmentId: null }],
    },
    {
      username: 'audit',
      departmentId: null,
      manager: null,
      active: true,
      roles: [{ role: 'auditor', departmentId: null }],
    },
  ],
};

describe('schedulePeople', () => {
  it('resolves a role, a department with or without sub-departments, everyone and named users; active only', () => {
    expect(schedulePeople({ kind: 'role', role: 'staff' }, org)).toEqual(['ann', 'bob']);
    expect(schedulePeople({ kind: 'department', department: 'bizdev' }, org)).toEqual(['ann', 'lead']);
    expect(schedulePeople({ kind: 'department', department: 'bizdev', includeSubdepartments: true }, org)).toEqual([
      'ann',
      'bob',
      'lead',
    ]);
    expect(schedulePeople({ kind: 'role', role: 'staff', department: 'east' }, org)).toEqual(['bob']);
    expect(schedulePeople({ kind: 'everyone', exceptRoles: ['auditor'] }, org)).toEqual(['ann', 'bob', 'lead']);
    expect(schedulePeople({ kind: 'users', users: ['lead', 'gone', 'nobody'] }, org)).toEqual(['lead']);
  });

  it('yields nobody for an unknown department code', () => {
    expect(schedulePeople({ kind: 'department', department: 'nowhere' }, org)).toEqual([]);
    expect(schedulePeople({ kind: 'role', role: 'staff', department: 'nowhere' }, org)).toEqual([]);
  });
});
