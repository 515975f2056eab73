import type { AuthenticatedUser } from '../auth/authenticated-user';
import { mayReadInstance, readableInstanceIdsSql, readableInstancesSql } from './instance-access.policy';

const user = (username: string, ...roles: string[]): AuthenticatedUser => ({ username, displayName: username, roles });
const open = { assignee: null, candidateRoles: ['finance'], status: 'open' as const, completedBy: null };
const done = { assignee: null, candidateRoles: ['legal'], status: 'done' as const, completedBy: 'legal' };

describe('mayReadInstance', () => {
  it.each([
    ['the starter', user('staff', 'staff'), true],
    ['a leader', user('leader', 'leader'), true],
    ['an auditor', user('auditor', 'auditor'), true],
    ['an admin', user('admin', 'admin'), true],
    ['a candidate of an open task', user('finance', 'finance'), true],
    ['who completed a task', user('legal', 'legal'), true],
    ['another member of a done task role', user('legal2', 'legal'), false],
    ['a process owner', user('owner', 'owner'), false],
    ['a stranger', user('sales', 'sales'), false],
  ])('%s -> %s', (_name, who, expected) => {
    expect(mayReadInstance(who, { startedBy: 'staff', tasks: [open, done] })).toBe(expected);
  });

  it('lets an assignee read', () => {
    expect(
      mayReadInstance(user('x', 'staff'), {
        startedBy: 'staff',
        tasks: [{ ...open, candidateRoles: [], assignee: 'x' }],
      }),
    ).toBe(true);
  });
});

describe('readableInstancesSql', () => {
  it('is no filter for readers of all, and binds the username and roles otherwise', () => {
    const params: unknown[] = [];
    const add = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    expect(readableInstancesSql(user('auditor', 'auditor'), add)).toBeUndefined();
    const sql = readableInstancesSql(user('staff', 'staff'), add);
    expect(sql).toContain('i.started_by = $1');
    expect(sql).toContain('FROM cc_items c WHERE c.instance_id = i.id AND c.recipient = $1');
    expect(params).toEqual(['staff', ['staff']]);
  });
});

describe('readableInstanceIdsSql', () => {
  it('is no list for readers of all, and one arm per way of reading otherwise', () => {
    const params: unknown[] = [];
    const add = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    expect(readableInstanceIdsSql(user('leader', 'leader'), add)).toBeUndefined();
    const sql = readableInstanceIdsSql(user('staff', 'staff'), add) ?? '';
    expect(sql.match(/UNION ALL/g)).toHaveLength(4);
    expect(sql).toContain('s.started_by = $1');
    expect(sql).toContain('t.candidate_roles && $2::text[]');
    expect(sql).toContain('c.recipient = $1');
    expect(params).toEqual(['staff', ['staff']]);
  });
});
