import { expenseSpec } from '../__fixtures__/expense.fixture';
import { leaveRequestSpec } from '../__fixtures__/leave-request.fixture';
import { makeSpec, task } from '../__fixtures__/spec-builder.fixture';
import { compile } from '../compile/compile';
import { standardRegistry as defaultRegistry } from '../registry/standard-registry';
import { DefinitionInvalidError } from '../runtime/engine.errors';
import type { StateSpec, WorkflowSpec } from './definition.types';
import { validateDefinition } from './validate-definition';

const final: StateSpec = { type: 'final' };
const go = (target: unknown, extra: Record<string, unknown> = {}): StateSpec => ({
  on: { GO: target as string },
  ...extra,
});
const compound = (extra: Record<string, unknown> = {}): StateSpec =>
  ({ initial: 'x', states: { x: go('y'), y: final }, onDone: 'b', ...extra }) as StateSpec;
const withRoot = (spec: WorkflowSpec, patch: (s: Record<string, unknown>) => void): WorkflowSpec => {
  const copy = JSON.parse(JSON.stringify(spec));
  patch(copy);
  return copy;
};
const basic = () => makeSpec({ a: go('b'), b: final });

describe('validateDefinition accepts', () => {
  it.each<[string, WorkflowSpec]>([
    ['the HTTP contract example', leaveRequestSpec],
    ['the expense fixture (always, after ISO and context keys, guards, actions)', expenseSpec],
    ['a sibling-then-child target `c.y`', makeSpec({ a: { on: { GO: 'c.y', IN: 'c' } }, c: compound(), b: final })],
    ['a child target `.y` from a compound', makeSpec({ a: go('c'), c: compound({ on: { JUMP: '.y' } }), b: final })],
    ['a target by state id `#done`', makeSpec({ a: go('#done'), b: { id: 'done', type: 'final' } })],
    [
      'a target by machine id and path `#wf.c.y`',
      makeSpec({ a: { on: { GO: '#wf.c.y', IN: '#wf.c' } }, c: compound(), b: final }),
    ],
    ['a root transition to `.b`', makeSpec({ a: { on: {} }, b: final }, { on: { CANCEL: '.b' } })],
    [
      'after keys in ms, ISO, context and registry names',
      makeSpec({ a: { after: { '1000': 'b', PT1H: 'b', 'context.wait': 'b', oneDay: 'b' } }, b: final }),
    ],
    [
      'a task outcome handled by an ancestor',
      makeSpec({ c: { initial: 'x', states: { x: { meta: task(['STOP']) } }, on: { STOP: 'b' } }, b: final }),
    ],
    [
      'a task with only an assignee',
      makeSpec({
        a: { meta: task(['GO'], { candidateRoles: [], assignee: 'context.owner' }), on: { GO: 'b' } },
        b: final,
      }),
    ],
    [
      'a parallel state with regions and onDone',
      makeSpec({
        p: {
          type: 'parallel',
          states: { r1: compound({ onDone: undefined }), r2: compound({ onDone: undefined }) },
          onDone: 'b',
        },
        b: final,
      }),
    ],
    [
      'nested guards in and/or/not',
      makeSpec({
        a: go({
          target: 'b',
          guard: {
            type: 'and',
            params: {
              guards: [{ type: 'not', params: { guard: { type: 'exists', params: { field: 'context.a' } } } }],
            },
          },
        }),
        b: final,
      }),
    ],
    [
      'meta.starterRoles as role names',
      makeSpec({ a: go('b'), b: final }, { meta: { title: { zh: '甲', en: 'A' }, starterRoles: ['staff', 'leader'] } }),
    ],
  ])('%s', (_name, spec) => {
    expect(validateDefinition(spec, defaultRegistry)).toEqual({ ok: true, errors: [] });
  });
});

describe('validateDefinition reports', () => {
  it.each<[string, unknown, string[], string]>([
    ['a spec that is not an object', 'leave', [''], 'must be an object'],
    ['a missing id', withRoot(basic(), (s) => delete s.id), ['id'], 'is required'],
    ['a missing meta', withRoot(basic(), (s) => delete s.meta), ['meta'], 'title {zh, en}'],
    [
      'a meta title without zh/en',
      withRoot(basic(), (s) => ((s.meta as { title: unknown }).title = 'Leave')),
      ['meta.title'],
      'must be {zh, en}',
    ],
    [
      'a meta title missing en',
      withRoot(basic(), (s) => ((s.meta as { title: unknown }).title = { zh: '请假' })),
      ['meta.title.en'],
      'non-empty string',
    ],
    ['a bad state type', makeSpec({ a: go('b'), b: { type: 'end' as 'final' } }), ['states.b.type'], 'must be one of'],
    [
      'a compound state without initial',
      makeSpec({ a: go('c'), c: compound({ initial: undefined }), b: final }),
      ['states.c.initial'],
      'needs an initial',
    ],
    [
      'an initial naming no child',
      makeSpec({ a: go('c'), c: compound({ initial: 'zz' }), b: final }),
      ['states.c.initial'],
      '"zz" is not a child state',
    ],
    [
      'a root initial naming no state',
      makeSpec({ a: go('b'), b: final }, { initial: 'nope' }),
      ['initial'],
      '"nope" is not a child state',
    ],
    [
      'an unresolved target',
      makeSpec({ a: go('b', { on: { GO: 'b', BAD: { target: 'nowhere' } } }), b: final }),
      ['states.a.on.BAD.target'],
      'does not resolve',
    ],
    [
      'an unresolved target in a list',
      makeSpec({ a: { on: { GO: ['b', 'c.nope'], IN: 'c' } }, c: compound(), b: final }),
      ['states.a.on.GO.1'],
      'does not resolve',
    ],
    [
      'an unresolved child target',
      makeSpec({ a: go('c'), c: compound({ on: { J: '.zz' } }), b: final }),
      ['states.c.on.J'],
      'does not resolve',
    ],
    [
      'an unknown state id',
      makeSpec({ a: { on: { GO: 'b', X: '#ghost' } }, b: final }),
      ['states.a.on.X'],
      'does not resolve',
    ],
    [
      'a plain target on the root',
      makeSpec({ a: go('b'), b: final }, { on: { CANCEL: 'b' } }),
      ['on.CANCEL'],
      'did you mean ".b"',
    ],
    [
      'an unknown guard',
      makeSpec({ a: go({ target: 'b', guard: 'isVip' }), b: final }),
      ['states.a.on.GO.guard'],
      'unknown guard "isVip"',
    ],
    [
      'an unknown nested guard',
      makeSpec({
        a: go({ target: 'b', guard: { type: 'or', params: { guards: ['exists', { type: 'nope' }] } } }),
        b: final,
      }),
      ['states.a.on.GO.guard.params.guards.0.params.field', 'states.a.on.GO.guard.params.guards.1'],
      '',
    ],
    [
      'guard params failing the schema',
      makeSpec({ a: go({ target: 'b', guard: { type: 'gte', params: { field: 'amount', value: 1 } } }), b: final }),
      ['states.a.on.GO.guard.params.field'],
      'must match pattern',
    ],
    [
      'an unknown entry action',
      makeSpec({ a: go('b', { entry: ['notify', 'launch'] }), b: final }),
      ['states.a.entry.0.params.to', 'states.a.entry.0.params.message', 'states.a.entry.1'],
      '',
    ],
    [
      'an unknown transition action',
      makeSpec({ a: go({ target: 'b', actions: { type: 'launch' } }), b: final }),
      ['states.a.on.GO.actions'],
      'unknown action "launch"',
    ],
    [
      'action params missing a field',
      makeSpec({ a: go({ target: 'b', actions: [{ type: 'set', params: { to: 'x' } }] }), b: final }),
      ['states.a.on.GO.actions.0.params.value'],
      'is required',
    ],
    [
      'an after key that is no delay',
      makeSpec({ a: { after: { soon: 'b' } }, b: final }),
      ['states.a.after.soon'],
      'registry delay',
    ],
    ['an unreachable state', makeSpec({ a: go('b'), z: go('b'), b: final }), ['states.z'], 'unreachable'],
    [
      'an unreachable child state',
      makeSpec({ a: go('c'), c: compound({ states: { x: go('y'), y: final, lost: go('y') } }), b: final }),
      ['states.c.states.lost'],
      'unreachable',
    ],
    ['a non-final state with no way out', makeSpec({ a: go('b'), b: {} }), ['states.b'], 'no way out'],
    [
      'a task without outcomes',
      makeSpec({ a: go('b', { meta: task([]) }), b: final }),
      ['states.a.meta.task.outcomes'],
      'at least one outcome',
    ],
    [
      'a task outcome the state does not handle',
      makeSpec({ a: go('b', { meta: task(['GO', 'NOPE']) }), b: final }),
      ['states.a.meta.task.outcomes.1'],
      'outcome "NOPE" is not handled',
    ],
    [
      'a task nobody can do',
      makeSpec({ a: go('b', { meta: task(['GO'], { candidateRoles: undefined }) }), b: final }),
      ['states.a.meta.task'],
      'candidateRoles or an assignee',
    ],
    [
      'an invalid assignee',
      makeSpec({ a: go('b', { meta: task(['GO'], { assignee: 'boss' }) }), b: final }),
      ['states.a.meta.task.assignee'],
      'starter',
    ],
    [
      'an invalid due',
      makeSpec({ a: go('b', { meta: task(['GO'], { due: 'three days' }) }), b: final }),
      ['states.a.meta.task.due'],
      'ISO-8601',
    ],
    [
      'a task form ajv cannot compile',
      makeSpec({ a: go('b', { meta: task(['GO'], { form: { type: 'form' } }) }), b: final }),
      ['states.a.meta.task.form'],
      'not a valid JSON Schema',
    ],
    [
      'a task on a final state',
      makeSpec({ a: go('b'), b: { type: 'final', meta: task(['GO']) } }),
      ['states.b.meta.task', 'states.b.meta.task.outcomes.0'],
      'a final state cannot be a task',
    ],
    [
      'an input schema ajv cannot compile',
      makeSpec({ a: go('b'), b: final }, { meta: { title: { zh: '甲', en: 'A' }, input: { type: 'obj' } } }),
      ['meta.input'],
      'not a valid JSON Schema',
    ],
    [
      'an event schema ajv cannot compile',
      makeSpec(
        { a: go('b'), b: final },
        {
          meta: {
            title: { zh: '甲', en: 'A' },
            events: { GO: { title: { zh: '走', en: 'Go' }, schema: { required: 'x' } } },
          },
        },
      ),
      ['meta.events.GO.schema'],
      'not a valid JSON Schema',
    ],
    [
      'starterRoles that are not role names',
      makeSpec(
        { a: go('b'), b: final },
        { meta: { title: { zh: '甲', en: 'A' }, starterRoles: 'staff' as unknown as string[] } },
      ),
      ['meta.starterRoles'],
      'array of role names',
    ],
    [
      'a parallel state without regions',
      makeSpec({ a: go('p'), p: { type: 'parallel', on: { GO: 'b' } }, b: final }),
      ['states.p.states'],
      'needs child states',
    ],
    [
      'a history default target that does not resolve',
      makeSpec({
        a: go('c'),
        c: compound({ states: { x: go('y'), y: final, h: { type: 'history', target: 'zz' } }, on: { BACK: '.h' } }),
        b: final,
      }),
      ['states.c.states.h.target'],
      'does not resolve',
    ],
    [
      'a transition that is neither string nor object',
      makeSpec({ a: { on: { GO: 'b', X: 42 as unknown as string } }, b: final }),
      ['states.a.on.X'],
      'target string or a transition object',
    ],
  ])('%s', (_name, spec, paths, message) => {
    const result = validateDefinition(spec, defaultRegistry);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.path)).toEqual(paths);
    expect(result.errors.map((e) => e.message).join(' | ')).toContain(message);
  });

  it('reports every problem at once', () => {
    const spec = makeSpec(
      { a: { on: { GO: 'nowhere' }, meta: task(['DONE']) }, z: {}, b: final },
      { meta: { title: { zh: '甲', en: '' } } },
    );
    expect(validateDefinition(spec, defaultRegistry).errors).toEqual([
      { path: 'meta.title.en', message: 'must be a non-empty string' },
      { path: 'states.a.meta.task.outcomes.0', message: 'outcome "DONE" is not handled by this state or an ancestor' },
      { path: 'states.a.on.GO', message: 'target "nowhere" does not resolve to a state' },
      { path: 'states.z', message: 'is unreachable from the initial state' },
      { path: 'states.z', message: 'has no way out: add a transition (on, after or always) or make it a final state' },
      { path: 'states.b', message: 'is unreachable from the initial state' },
    ]);
  });
});

describe('compile', () => {
  it('throws DefinitionInvalidError with the problems of an invalid spec', () => {
    const spec = makeSpec({ a: go({ target: 'b', guard: 'isVip' }), b: final });
    expect(() => compile(spec, defaultRegistry)).toThrow(DefinitionInvalidError);
    expect(() => compile(spec, defaultRegistry)).toThrow(
      'Invalid definition: states.a.on.GO.guard: unknown guard "isVip"',
    );
  });

  it('freezes the compiled workflow and leaves the given spec untouched', () => {
    const spec = makeSpec({ a: go('b', { meta: task(['GO']) }), b: final });
    const before = JSON.stringify(spec);
    const compiled = compile(spec, defaultRegistry);
    expect(JSON.stringify(spec)).toBe(before);
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(Object.isFrozen(compiled.spec.states)).toBe(true);
    expect(compiled.spec).not.toBe(spec);
  });
});
