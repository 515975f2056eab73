import { compile } from '../compile/compile';
import type { WorkflowSpec } from '../definition/definition.types';
import { validateDefinition } from '../definition/validate-definition';
import { definitionToTree } from '../flow-tree/definition-to-tree';
import type { FlowTree } from '../flow-tree/flow-tree.types';
import { treeToDefinition } from '../flow-tree/tree-to-definition';
import { standardRegistry } from '../registry/standard-registry';
import { EventRejectedError } from './engine.errors';
import { start } from './start';
import { step } from './step';
import { taskFormSchema } from './task-form';

const t = (zh: string, en: string) => ({ zh, en });
const now = new Date('2026-12-01T02:00:00.000Z');

// 表单权限 on a 办理人 node: the clerk may correct the amount, sees the reason, never the note;
// a condition after the node reads the (corrected) amount.
const tree = (): FlowTree => ({
  id: 'field-access',
  title: t('表单权限', 'Field access'),
  start: {
    form: {
      type: 'object',
      required: ['reason', 'amount'],
      properties: {
        reason: { type: 'string', minLength: 1, title: '事由 / Reason' },
        amount: { type: 'number', minimum: 0, 'x-kind': 'money', title: '金额 / Amount' },
        note: { type: 'string', title: '内部备注 / Internal note' },
      },
    },
  },
  nodes: [
    {
      kind: 'handler',
      key: 'clerk',
      task: {
        title: t('核对金额', 'Check the amount'),
        candidateRoles: ['finance'],
        fieldAccess: { amount: 'edit', note: 'hidden' },
      },
      submit: { event: 'CHECKED' },
    },
    {
      kind: 'condition',
      key: 'big',
      branches: [
        {
          when: [{ field: 'amount', op: 'gt', value: 5000 }],
          nodes: [
            {
              kind: 'handler',
              key: 'review',
              task: { title: t('复核', 'Review'), candidateRoles: ['leader'] },
              submit: { event: 'CHECKED' },
            },
          ],
        },
      ],
      otherwise: { nodes: [] },
    },
  ],
  end: { key: 'done' },
  ends: [],
  events: {
    CHECKED: {
      title: t('已核对', 'Checked'),
      schema: { type: 'object', additionalProperties: false, properties: { comment: { type: 'string' } } },
    },
  },
});

const spec = treeToDefinition(tree());
const compiled = compile(spec, standardRegistry);
const started = () => start(compiled, { reason: '拜访', amount: 100, note: '仅发起人可见' }, now, 'staff');

function rejection(data: Record<string, unknown>): EventRejectedError {
  try {
    step(compiled, started().snapshot, { type: 'CHECKED', data, actor: 'finance1' }, now);
  } catch (e) {
    if (e instanceof EventRejectedError) return e;
    throw e;
  }
  throw new Error('the event was applied');
}

describe('表单权限 (task fieldAccess)', () => {
  it('validates as a definition and round-trips through the tree', () => {
    expect(validateDefinition(spec, standardRegistry).errors).toEqual([]);
    const read = definitionToTree(spec);
    expect(read.ok && read.tree).toEqual(tree());
    expect(treeToDefinition(read.ok ? read.tree : tree())).toEqual(spec);
  });

  it('writes an editable field with the outcome to the context, before the next step reads it', () => {
    const next = step(
      compiled,
      started().snapshot,
      { type: 'CHECKED', data: { amount: 6000, comment: '已改' }, actor: 'finance1' },
      now,
    );
    expect(next.snapshot.context).toMatchObject({ reason: '拜访', amount: 6000 });
    expect(next.snapshot.value).toBe('review');
  });

  it.each([
    ['a read-only field', { reason: '改掉' }, '/reason', 'read'],
    ['a hidden field', { note: '改掉', amount: 1 }, '/note', 'hidden'],
  ])('refuses %s, naming it, and applies nothing', (_name, data, path, access) => {
    const error = rejection(data);
    expect(error.reason).toBe('invalid-data');
    expect(error.errors).toEqual([
      expect.objectContaining({ path, code: 'field-not-editable', params: { field: path.slice(1), access } }),
    ]);
  });

  it('checks an edit against the start form', () => {
    const error = rejection({ amount: -5 });
    expect(error.errors.map((e) => [e.path, e.code])).toEqual([['/amount', 'minimum']]);
  });

  it('adds the editable fields to the task form, marked, and never the hidden or read-only ones', () => {
    const form = taskFormSchema(spec, compiled.tasks!.clerk);
    expect(Object.keys(form.properties as object)).toEqual(['amount', 'comment']);
    expect((form.properties as Record<string, object>).amount).toMatchObject({ 'x-field-access': 'edit', minimum: 0 });
  });

  it('is a definition error naming the path for a field the start form lacks or an unknown access', () => {
    const bad = structuredClone(spec) as WorkflowSpec;
    bad.states.clerk.meta!.task!.fieldAccess = { amount: 'write' as never, ghost: 'read' };
    const problems = validateDefinition(bad, standardRegistry).errors.map((e) => [e.path, e.code]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['states.clerk.meta.task.fieldAccess.amount', 'invalid-field-access'],
        ['states.clerk.meta.task.fieldAccess.ghost', 'unknown-form-field'],
      ]),
    );
  });

  it('leaves tasks without fieldAccess as they were: a start-form field is event data the schema refuses', () => {
    const plain = structuredClone(spec) as WorkflowSpec;
    delete plain.states.clerk.meta!.task!.fieldAccess;
    const c = compile(plain, standardRegistry);
    const first = start(c, { reason: 'x', amount: 1 }, now, 'staff');
    expect(() => step(c, first.snapshot, { type: 'CHECKED', data: { amount: 2 }, actor: 'f' }, now)).toThrow(
      /\/amount is not allowed/,
    );
  });

  it('drops the access of a field no longer in the start form when the tree compiles', () => {
    const shrunk = tree();
    delete (shrunk.start.form!.properties as Record<string, unknown>).note;
    const compiledSpec = treeToDefinition(shrunk);
    expect(compiledSpec.states.clerk.meta?.task?.fieldAccess).toEqual({ amount: 'edit' });
  });
});
