import type { TaskSpec } from '../definition/definition.types';
import {
  attachmentsInFields,
  hiddenFields,
  hideableFields,
  readsHiddenField,
  visibleSummaryFields,
  withoutFields,
  type FieldAccessSource,
} from './hidden-fields';

const task = (fieldAccess?: TaskSpec['fieldAccess']): TaskSpec => ({
  title: { zh: '任务', en: 'Task' },
  candidateRoles: ['leader'],
  outcomes: ['APPROVE'],
  ...(fieldAccess ? { fieldAccess } : {}),
});

// A start form of four fields; `manager` hides amount and note, `finance` hides note and edits
// amount, `legal` hides note and reads the rest, `archive` has no 表单权限 at all.
const source: FieldAccessSource = {
  spec: {
    meta: {
      input: {
        type: 'object',
        properties: { reason: { type: 'string' }, amount: { type: 'number' }, note: { type: 'string' }, lines: {} },
      },
    },
  },
  tasks: {
    manager: task({ amount: 'hidden', note: 'hidden' }),
    'review.finance': task({ amount: 'edit', note: 'hidden' }),
    'review.legal': task({ note: 'hidden', reason: 'read' }),
    archive: task(),
  },
};

describe('hiddenFields: 表单权限 hidden for one reader', () => {
  it('hides nothing from a full reader (reader of all, starter, owner, cc)', () => {
    expect(hiddenFields(source, { full: true, taskPaths: ['manager'] })).toEqual([]);
  });

  it('hides what the one task hides', () => {
    expect(hiddenFields(source, { full: false, taskPaths: ['manager'] })).toEqual(['amount', 'note']);
  });

  it('hides only what every task hides: a field seen at one step stays visible (edit and read count as seen)', () => {
    expect(hiddenFields(source, { full: false, taskPaths: ['manager', 'review.finance'] })).toEqual(['note']);
    expect(hiddenFields(source, { full: false, taskPaths: ['manager', 'review.legal'] })).toEqual(['note']);
  });

  it('a task without fieldAccess hides nothing, nor does one this version does not know', () => {
    expect(hiddenFields(source, { full: false, taskPaths: ['manager', 'archive'] })).toEqual([]);
    expect(hiddenFields(source, { full: false, taskPaths: ['manager', 'gone.after.migration'] })).toEqual([]);
  });

  it('a reader through no task at all sees none of the fields some step hides', () => {
    expect(hiddenFields(source, { full: false, taskPaths: [] })).toEqual(['amount', 'note']);
  });

  it('only start-form fields are fields: a fieldAccess key outside meta.input is ignored', () => {
    const odd: FieldAccessSource = { ...source, tasks: { manager: task({ secret: 'hidden', note: 'hidden' }) } };
    expect(hiddenFields(odd, { full: false, taskPaths: ['manager'] })).toEqual(['note']);
  });

  it('a definition without tasks or without a start form hides nothing', () => {
    expect(hideableFields({ spec: { meta: {} }, tasks: { manager: task({ note: 'hidden' }) } })).toEqual([]);
    expect(hideableFields({ spec: source.spec })).toEqual([]);
    expect(hideableFields(source)).toEqual(['amount', 'note']);
  });
});

describe('redacting with the hidden fields', () => {
  it('drops hidden top-level keys and says which it dropped', () => {
    const data = { reason: '拜访', amount: 800, comment: 'ok' };
    expect(withoutFields(data, ['amount', 'note'])).toEqual({
      value: { reason: '拜访', comment: 'ok' },
      removed: ['amount'],
    });
    expect(data).toEqual({ reason: '拜访', amount: 800, comment: 'ok' });
    expect(withoutFields(data, ['note'])).toEqual({ value: data, removed: [] });
  });

  it('a path reads a field when its first segment is the field', () => {
    expect(readsHiddenField('lines.0.amount', ['lines'])).toBe(true);
    expect(readsHiddenField('amount', ['amount'])).toBe(true);
    expect(readsHiddenField('amountTotal', ['amount'])).toBe(false);
  });

  it('drops the summary entries reading a hidden field, in order', () => {
    const label = { zh: '标', en: 'L' };
    const summary = [
      { path: 'reason', label },
      { path: 'amount', label, format: 'money' },
      { path: 'lines.0.amount', label },
    ];
    expect(visibleSummaryFields(summary, ['amount', 'lines'])).toEqual([{ path: 'reason', label }]);
    expect(visibleSummaryFields(summary, [])).toBe(summary);
    expect(visibleSummaryFields(undefined, ['amount'])).toBeUndefined();
  });

  it('finds the attachments a hidden field holds in any entry, and none held elsewhere', () => {
    const photo = (id: string) => ({
      attachmentId: id,
      sha256: 'f',
      filename: 'a.jpg',
      contentType: 'image/jpeg',
      size: 1,
    });
    const entries = [
      { reason: 'x', contract: photo('AAA'), note: { files: [photo('bbb')] } },
      { comment: 'ok', receipt: photo('ccc') },
      'not an object',
      { note: { files: [photo('ddd')] } },
    ];
    expect([...attachmentsInFields(entries, ['note'])]).toEqual(['bbb', 'ddd']);
    expect([...attachmentsInFields(entries, ['contract'])]).toEqual(['aaa']);
    expect(attachmentsInFields(entries, []).size).toBe(0);
  });
});
