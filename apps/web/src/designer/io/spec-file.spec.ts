import { checkImport, type ImportCheck, mayImport, specFileName, specJsonText } from './spec-file';

const VALID = {
  id: 'leave-request',
  initial: 'submitted',
  meta: { title: { zh: '请假申请', en: 'Leave request' } },
  states: {
    submitted: {
      meta: {
        title: { zh: '待审批', en: 'Awaiting approval' },
        task: {
          title: { zh: '审批请假', en: 'Approve leave' },
          candidateRoles: ['leader'],
          outcomes: ['APPROVE', 'REJECT'],
        },
      },
      on: { APPROVE: 'approved', REJECT: 'rejected' },
    },
    approved: { type: 'final' },
    rejected: { type: 'final' },
  },
};

describe('export', () => {
  it('names the file after the key and pretty-prints the spec unchanged', () => {
    expect(specFileName('leave-request')).toBe('leave-request.json');
    const text = specJsonText(VALID);
    expect(text.startsWith('{\n  "id": "leave-request",\n  "initial": "submitted",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(VALID);
  });

  it('round-trips: an exported spec imports as the same clean spec', () => {
    const check = checkImport(specJsonText(VALID), 'leave-request');
    expect(check).toEqual({ kind: 'spec', spec: VALID, key: 'leave-request', problems: [] });
  });
});

describe('checkImport', () => {
  it.each([
    ['not JSON', '{"id": ', 'unreadable'],
    ['an array', '[1, 2]', 'not-a-spec'],
    ['a number', '42', 'not-a-spec'],
    ['an object without id', '{"states": {}}', 'not-a-spec'],
  ])('refuses %s', (_name, text, kind) => {
    expect(checkImport(text, 'leave-request').kind).toBe(kind);
  });

  it('refuses a spec whose id is not the key it is imported into', () => {
    expect(checkImport(JSON.stringify(VALID), 'entertainment-expense')).toEqual({
      kind: 'wrong-id',
      id: 'leave-request',
      expected: 'entertainment-expense',
    });
  });

  it('refuses, for a new workflow, an id that cannot be a key', () => {
    expect(checkImport(JSON.stringify({ ...VALID, id: 'has space' }))).toEqual({ kind: 'wrong-id', id: 'has space' });
    expect(checkImport(JSON.stringify(VALID))).toMatchObject({ kind: 'spec', key: 'leave-request', problems: [] });
  });

  it('lists every validation problem with its path before anything is saved', () => {
    const broken = structuredClone(VALID) as typeof VALID & { states: Record<string, object> };
    broken.states.submitted.on.APPROVE = 'nowhere';
    broken.states.limbo = {};
    const check = checkImport(JSON.stringify(broken), 'leave-request');
    expect(check.kind).toBe('spec');
    const paths = check.kind === 'spec' ? check.problems.map((p) => p.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['states.submitted.on.APPROVE', 'states.limbo']));
    expect(mayImport(check, false)).toBe(false);
    expect(mayImport(check, true)).toBe(true);
  });

  it('lists warnings after errors, and needs no acceptance when there are only warnings', () => {
    const unused = structuredClone(VALID) as typeof VALID & { states: Record<string, object> };
    unused.states.forgotten = { on: { APPROVE: 'approved' } };
    const check = checkImport(JSON.stringify(unused), 'leave-request');
    expect(check.kind === 'spec' && check.problems.map((p) => `${p.severity} ${p.path} ${p.code}`)).toEqual([
      'warning states.forgotten unreachable-state',
    ]);
    expect(mayImport(check, false)).toBe(true);
  });

  it.each<[ImportCheck, boolean]>([
    [{ kind: 'unreadable', message: 'x' }, true],
    [{ kind: 'wrong-id', id: 'a', expected: 'b' }, true],
    [{ kind: 'spec', spec: VALID, key: 'leave-request', problems: [] }, false],
  ])('mayImport(%j, accepted=%p)', (check, accepted) => {
    expect(mayImport(check, accepted)).toBe(check.kind === 'spec');
  });
});
