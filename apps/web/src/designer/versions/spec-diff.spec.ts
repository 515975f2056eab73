import { diffSpecs } from './spec-diff';

// Fixtures are edited deep inside (s.states.review.on.APPROVE[0]…): loosely typed on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

// A small two-step approval; each case below derives v2 from it by one edit.
function baseSpec(): Loose {
  return {
    id: 'expense',
    initial: 'review',
    meta: { title: { zh: '报销', en: 'Expense' } },
    context: { amount: 0 },
    states: {
      review: {
        meta: { title: { zh: '领导审批', en: 'Leader review' }, position: { x: 0, y: 0 } },
        on: {
          APPROVE: [
            { guard: { type: 'gt', params: { field: 'context.amount', value: 100 } }, target: 'finance' },
            'done',
          ],
          REJECT: 'rejected',
        },
      },
      finance: {
        initial: 'check',
        states: { check: { on: { SETTLE: 'paid' } }, paid: { type: 'final' } },
        onDone: 'done',
      },
      done: { type: 'final' },
      rejected: { type: 'final' },
    },
  };
}

type Edit = (spec: Loose) => void;

describe('diffSpecs', () => {
  it('finds nothing between a spec and a deep copy with other key order and moved layout', () => {
    const a = baseSpec();
    const b = baseSpec();
    b.states.review = {
      on: b.states.review.on,
      meta: { position: { x: 300, y: 80 }, title: b.states.review.meta.title },
    };
    const diff = diffSpecs(a, b);
    expect(diff.identical).toBe(true);
    expect(diff.summary).toEqual({ zh: ['两个版本没有差异'], en: ['The two versions do not differ'] });
  });

  it.each<[string, Edit, { states: Record<string, string[]>; transitions: Record<string, string[]>; root?: string[] }]>(
    [
      [
        'a new state with its exit',
        (s) => {
          s.states.director = { meta: { title: { zh: '总监审批', en: 'Director' } }, on: { APPROVE: 'finance' } };
          s.states.review.on.APPROVE[0].target = 'director';
        },
        {
          states: { added: ['director'], removed: [], changed: ['review'] },
          transitions: { added: ['director|on|APPROVE|0'], removed: [], changed: ['review|on|APPROVE|0'] },
        },
      ],
      [
        'a removed state and the transition to it',
        (s) => {
          delete s.states.rejected;
          delete s.states.review.on.REJECT;
        },
        {
          states: { added: [], removed: ['rejected'], changed: ['review'] },
          transitions: { added: [], removed: ['review|on|REJECT|0'], changed: [] },
        },
      ],
      [
        'a changed guard parameter in a nested array item',
        (s) => {
          s.states.review.on.APPROVE[0].guard.params.value = 5000;
        },
        {
          states: { added: [], removed: [], changed: ['review'] },
          transitions: { added: [], removed: [], changed: ['review|on|APPROVE|0'] },
        },
      ],
      [
        'a nested child state and a changed onDone',
        (s) => {
          s.states.finance.states.audit = { type: 'final' };
          s.states.finance.onDone = 'rejected';
        },
        {
          states: { added: ['finance.audit'], removed: [], changed: ['finance'] },
          transitions: { added: [], removed: [], changed: ['finance|onDone||0'] },
        },
      ],
      [
        'a title change only (children unchanged, no transition change)',
        (s) => {
          s.states.finance.states.check.meta = { title: { zh: '核对', en: 'Check' } };
        },
        {
          states: { added: [], removed: [], changed: ['finance.check'] },
          transitions: { added: [], removed: [], changed: [] },
        },
      ],
      [
        'a top-level change (context) and an `after` timer',
        (s) => {
          s.context.amount = 1;
          s.states.finance.after = { P3D: { target: 'rejected' } };
        },
        {
          states: { added: [], removed: [], changed: ['finance'] },
          transitions: { added: ['finance|after|P3D|0'], removed: [], changed: [] },
          root: ['context'],
        },
      ],
    ],
  )('reports %s', (_name, edit, expected) => {
    const b = baseSpec();
    edit(b);
    const diff = diffSpecs(baseSpec(), b);
    expect(diff.identical).toBe(false);
    expect({
      added: diff.states.added.map((x) => x.path),
      removed: diff.states.removed.map((x) => x.path),
      changed: diff.states.changed.map((x) => x.path),
    }).toEqual(expected.states);
    expect({
      added: diff.transitions.added.map((x) => x.key),
      removed: diff.transitions.removed.map((x) => x.key),
      changed: diff.transitions.changed.map((x) => x.key),
    }).toEqual(expected.transitions);
    expect(diff.rootFields).toEqual(expected.root ?? []);
  });

  it('names the changed own fields and writes a bilingual summary', () => {
    const b = baseSpec();
    b.states.director = { meta: { title: { zh: '总监审批', en: 'Director' } }, on: { APPROVE: 'finance' } };
    b.states.review.on.APPROVE[0].target = 'director';
    const diff = diffSpecs(baseSpec(), b);
    expect(diff.states.changed[0]).toEqual({
      path: 'review',
      title: { zh: '领导审批', en: 'Leader review' },
      fields: ['on'],
    });
    expect(diff.summary.zh).toEqual([
      '新增环节 director（总监审批）',
      '修改环节 review（领导审批）：on',
      '新增流转 director —APPROVE[0]→ finance',
      '修改流转 review —APPROVE[0]→ director',
    ]);
    expect(diff.summary.en).toEqual([
      'Added state director (Director)',
      'Changed state review (Leader review): on',
      'Added transition director —APPROVE[0]→ finance',
      'Changed transition review —APPROVE[0]→ director',
    ]);
  });

  it('treats the string and object forms of a transition as the same thing only when equal', () => {
    const b = baseSpec();
    b.states.review.on.REJECT = { target: 'rejected' };
    const diff = diffSpecs(baseSpec(), b);
    expect(diff.transitions.changed).toEqual([]);
    expect(diff.states.changed.map((s) => s.path)).toEqual(['review']);
  });

  it.each([null, 42, 'text', { states: 'nope' }])('tolerates a malformed spec (%p) on either side', (bad) => {
    expect(diffSpecs(bad, baseSpec()).states.added.map((s) => s.path)).toEqual([
      'review',
      'finance',
      'finance.check',
      'finance.paid',
      'done',
      'rejected',
    ]);
    expect(diffSpecs(baseSpec(), bad).states.removed).toHaveLength(6);
  });
});
