import { sampleOrg } from '../__fixtures__/org-snapshot.fixture';
import { approvalSpec } from '../__fixtures__/approval.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { start } from '../runtime/start';
import { validateDefinition } from '../definition/validate-definition';
import { registryApprovers } from '../registry/registry-approvers';
import { approversEventData, resolveStepApprovers } from './resolve-step-approvers';

const org = sampleOrg();
const AT = new Date('2026-03-02T01:00:00Z');
const users = (r: { approvers: { user: string }[] }) => r.approvers.map((a) => a.user);

describe('resolveStepApprovers', () => {
  it('resolves the sources in order, active users only, and records the trace', () => {
    const resolved = resolveStepApprovers(
      { approvers: [{ kind: 'manager' }, { kind: 'role', role: 'finance' }] },
      org,
      { starter: 'staff' },
      AT,
    );
    expect(users(resolved)).toEqual(['lead', 'fin-head', 'fin-clerk', 'branch-fin']);
    expect(resolved.trace).toHaveLength(2);
  });

  it('leaves the starter out, or asks their manager instead, as the step says', () => {
    const approvers = [{ kind: 'users' as const, users: ['staff', 'fin-head'] }];
    expect(
      users(resolveStepApprovers({ approvers, starterIsApprover: 'skip' }, org, { starter: 'staff' }, AT)),
    ).toEqual(['fin-head']);
    const manager = resolveStepApprovers({ approvers, starterIsApprover: 'manager' }, org, { starter: 'staff' }, AT);
    expect(users(manager)).toEqual(['lead', 'fin-head']);
    expect(manager.trace?.at(-1)).toEqual({ rule: 'starter-to-manager', users: ['lead'] });
  });

  it('hands an empty list to the active admins when onEmpty is admin, and resolves CC', () => {
    const withAdmin = {
      ...org,
      users: [
        ...org.users,
        {
          username: 'root',
          departmentId: null,
          manager: null,
          active: true,
          roles: [{ role: 'admin', departmentId: null }],
        },
      ],
    };
    const resolved = resolveStepApprovers(
      {
        approvers: [{ kind: 'role', role: 'nobody' }],
        onEmpty: 'admin',
        cc: [{ kind: 'department-head', department: 'starter' }],
      },
      withAdmin,
      { starter: 'staff' },
      AT,
    );
    expect(users(resolved)).toEqual(['root']);
    expect(resolved.cc).toEqual(['lead']);
  });

  it('gives an approver away on a proxy range to their proxy, keeping both names', () => {
    const away = {
      ...org,
      proxies: [{ principal: 'lead', proxy: 'boss', startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-03-05T00:00:00Z' }],
    };
    const resolved = resolveStepApprovers({ approvers: [{ kind: 'manager' }] }, away, { starter: 'staff' }, AT);
    expect(resolved.approvers).toEqual([{ user: 'boss', onBehalfOf: 'lead', proxyUntil: '2026-03-05T00:00:00Z' }]);
    const later = resolveStepApprovers(
      { approvers: [{ kind: 'manager' }] },
      away,
      { starter: 'staff' },
      new Date('2026-03-06T00:00:00Z'),
    );
    expect(later.approvers).toEqual([{ user: 'lead' }]);
  });
});

describe('approversEventData', () => {
  it('names every state the step asked to resolve, and nothing when none', () => {
    const compiled = compile(approvalSpec({ mode: 'all' }), standardRegistry);
    const first = start(compiled, {}, new Date('2026-03-02T01:00:00Z'), 'staff');
    const data = approversEventData(compiled, first, org, 'staff', AT) as { states: Record<string, unknown> };
    expect(Object.keys(data.states)).toEqual(['review']);
    expect(approversEventData(compiled, { ...first, effects: [] }, org, 'staff', AT)).toBeNull();
  });
});

describe('registry approver sources', () => {
  const byAmount = {
    kind: 'registry' as const,
    name: 'byAmount',
    params: {
      field: 'context.amount',
      tiers: [{ upTo: 5000, approvers: [{ kind: 'manager' }] }, { approvers: [{ kind: 'manager-chain', levels: 2 }] }],
    },
  };
  const input = (amount: unknown) => ({
    starter: 'staff',
    context: { amount },
    registry: registryApprovers(standardRegistry),
  });

  it('byAmount picks the tier the amount falls in (the last has no limit)', () => {
    expect(users(resolveStepApprovers({ approvers: [byAmount] }, org, input(5000), AT))).toEqual(['lead']);
    expect(users(resolveStepApprovers({ approvers: [byAmount] }, org, input(5000.01), AT))).toEqual(['lead', 'boss']);
    expect(users(resolveStepApprovers({ approvers: [byAmount] }, org, input('n/a'), AT))).toEqual(['lead', 'boss']);
  });

  it('the validator names an unknown registry source and bad params', () => {
    const unknown = approvalSpec({ approvers: [{ kind: 'registry', name: 'nope' }] });
    const badParams = approvalSpec({ approvers: [{ ...byAmount, params: { field: 'amount', tiers: [] } }] });
    const codes = (spec: typeof unknown) =>
      validateDefinition(spec, standardRegistry).errors.map((e) => `${e.code} ${e.path}`);
    expect(codes(unknown)).toEqual(['unknown-approver-source states.review.meta.task.approval.approvers.0.name']);
    expect(codes(badParams)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^invalid-param states\.review\.meta\.task\.approval\.approvers\.0\.params/),
      ]),
    );
    expect(validateDefinition(approvalSpec({ approvers: [byAmount] }), standardRegistry).ok).toBe(true);
  });
});
