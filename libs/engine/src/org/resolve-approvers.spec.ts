import { validateData } from '../schema/validate-data';
import { approverSourcesSchema } from './approver-source.schema';
import { sampleOrg } from '../__fixtures__/org-snapshot.fixture';
import type { ApproverSource } from './org.types';
import { resolveApprovers } from './resolve-approvers';

const org = sampleOrg();
const resolve = (sources: ApproverSource[], starter = 'staff', context: unknown = {}) =>
  resolveApprovers(sources, org, { starter, context });

describe('resolveApprovers', () => {
  it('resolves the starter and explicit users, skipping inactive and unknown ones', () => {
    const r = resolve([{ kind: 'starter' }, { kind: 'users', users: ['fin-head', 'retired', 'ghost'] }]);
    expect(r.users).toEqual(['staff', 'fin-head']);
    expect(r.trace[1]).toEqual({
      source: { kind: 'users', users: ['fin-head', 'retired', 'ghost'] },
      users: ['fin-head'],
      note: 'unknown-user',
      skipped: ['retired', 'ghost'],
    });
    expect(resolve([{ kind: 'users', users: ['retired'] }]).trace[0].note).toBe('inactive-skipped');
  });

  it('de-duplicates across sources, the first mention keeping its place', () => {
    const r = resolve([{ kind: 'manager' }, { kind: 'manager-chain' }, { kind: 'starter' }]);
    expect(r.users).toEqual(['lead', 'boss', 'staff']);
    expect(r.trace.map((t) => t.users)).toEqual([['lead'], ['lead', 'boss'], ['staff']]);
  });

  it('gives the n-th level manager, or notes there is none', () => {
    expect(resolve([{ kind: 'manager', level: 2 }], 'member').users).toEqual(['boss']);
    const none = resolve([{ kind: 'manager', level: 3 }], 'member');
    expect(none).toEqual({
      users: [],
      empty: true,
      trace: [{ source: none.trace[0].source, users: [], note: 'no-manager' }],
    });
  });

  it('resolves the chain up to a role, and notes when the top came first', () => {
    expect(resolve([{ kind: 'manager-chain', untilRole: 'leader' }], 'member').users).toEqual(['lead']);
    const topped = resolve([{ kind: 'manager-chain', levels: 5 }], 'member').trace[0];
    expect(topped).toMatchObject({ users: ['lead', 'boss'], note: 'chain-top' });
  });

  it('notes a manager cycle', () => {
    const looped = sampleOrg();
    looped.users.find((u) => u.username === 'boss')!.manager = 'lead';
    const r = resolveApprovers([{ kind: 'manager-chain', top: true }], looped, { starter: 'member' });
    expect(r.trace[0]).toMatchObject({ users: ['lead', 'boss'], note: 'chain-cycle' });
  });

  it('scopes a role to the starter department: the branch reviewer for the branch, head office otherwise', () => {
    const source: ApproverSource = { kind: 'role', role: 'finance', scope: 'starter-department' };
    expect(resolve([source], 'branch-staff').users).toEqual(['branch-fin']);
    const r = resolve([source], 'member');
    expect(r.users).toEqual(['fin-head', 'fin-clerk']);
    expect(r.trace[0]).toMatchObject({ note: 'inactive-skipped', skipped: ['retired'] });
  });

  it('scopes a role to a department chosen in a form (id or code) or named in the definition', () => {
    const byField: ApproverSource = { kind: 'role', role: 'finance', scope: { field: 'context.branch' } };
    expect(resolve([byField], 'staff', { branch: 'branch' }).users).toEqual(['branch-fin']);
    expect(resolve([byField], 'staff', {}).trace[0].note).toBe('field-empty');
    expect(resolve([byField], 'staff', { branch: 'mars' }).trace[0].note).toBe('unknown-department');
    expect(resolve([{ kind: 'role', role: 'finance', scope: { department: 'branch' } }]).users).toEqual(['branch-fin']);
    expect(resolve([{ kind: 'role', role: 'legal' }]).trace[0].note).toBe('no-holder');
  });

  it('gives the head of the starter department or of one chosen in a form, inheriting a missing head', () => {
    expect(resolve([{ kind: 'department-head' }]).users).toEqual(['lead']);
    const inherited = resolve([{ kind: 'department-head', department: 'starter' }], 'member').trace[0];
    expect(inherited).toMatchObject({ users: ['lead'], note: 'inherited-head' });
    expect(
      resolve([{ kind: 'department-head', department: { field: 'context.d' } }], 'staff', { d: 'finance' }).users,
    ).toEqual(['fin-head']);
    expect(resolve([{ kind: 'department-head' }], 'loner').trace[0].note).toBe('no-department');
  });

  it('takes a person or a list of persons from a form field (发起人自选)', () => {
    expect(resolve([{ kind: 'field', field: 'context.approver' }], 'staff', { approver: 'fin-clerk' }).users).toEqual([
      'fin-clerk',
    ]);
    const many = resolve([{ kind: 'field', field: 'context.a.list' }], 'staff', {
      a: { list: ['boss', 'lead', 'boss'] },
    });
    expect(many.users).toEqual(['boss', 'lead']);
    expect(resolve([{ kind: 'field', field: 'context.x' }], 'staff', { x: 42 }).trace[0].note).toBe('field-not-user');
    expect(resolve([{ kind: 'field', field: 'context.x' }], 'staff', { x: [] }).trace[0].note).toBe('field-empty');
  });

  it('notes an unknown starter for starter-relative sources', () => {
    const r = resolve([{ kind: 'manager' }, { kind: 'users', users: ['boss'] }], 'stranger');
    expect(r.trace[0].note).toBe('unknown-starter');
    expect(r.users).toEqual(['boss']);
  });

  it('leaves registry sources to an injected resolver', () => {
    const source: ApproverSource = { kind: 'registry', name: 'cost-centre-owner', params: { centre: 'x' } };
    expect(resolve([source])).toMatchObject({ users: [], empty: true, trace: [{ note: 'registry-unavailable' }] });
    const r = resolveApprovers([source], org, {
      starter: 'staff',
      registry: (s) => (s.name === 'cost-centre-owner' ? ['boss'] : []),
    });
    expect(r.users).toEqual(['boss']);
  });

  it('is empty for no sources', () => expect(resolve([])).toEqual({ users: [], trace: [], empty: true }));
});

describe('approverSourcesSchema', () => {
  it('accepts every kind', () => {
    const all: ApproverSource[] = [
      { kind: 'users', users: ['a'] },
      { kind: 'role', role: 'finance', scope: 'starter-department' },
      { kind: 'role', role: 'finance', scope: { field: 'context.branch' } },
      { kind: 'role', role: 'finance', scope: { department: 'county-branch' } },
      { kind: 'starter' },
      { kind: 'manager', level: 2 },
      { kind: 'manager-chain', levels: 3, untilRole: 'hq', top: true },
      { kind: 'department-head', department: { field: 'context.d' } },
      { kind: 'field', field: 'context.approver' },
      { kind: 'registry', name: 'x', params: {} },
    ];
    expect(validateData(approverSourcesSchema, all)).toEqual([]);
  });

  it.each([
    ['an unknown kind', [{ kind: 'boss' }], '/0/kind'],
    ['a level of 0', [{ kind: 'manager', level: 0 }], '/0/level'],
    ['a field outside the context', [{ kind: 'field', field: 'event.x' }], '/0/field'],
    ['an empty list', [], ''],
  ])('refuses %s', (_name, data, path) => {
    expect(validateData(approverSourcesSchema, data).map((p) => p.path)).toContain(path);
  });
});
