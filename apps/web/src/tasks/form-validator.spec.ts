import { validateData } from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { probeData, WORKFLOW_SCHEMAS } from './form-validator.fixture';
import { displayedProblems, schemaProblems, validateForm } from './form-validator';
import type { FieldErrorTree } from './server-errors';

/** An uploaded invoice photo as the claim carries it (the attachment field). */
const invoicePhoto = {
  attachmentId: '00000000-0000-4000-8000-00000000f070',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  filename: '餐饮发票.jpg',
  contentType: 'image/jpeg',
  size: 4096,
};

const t = ((key: string) => key) as unknown as TFunction;
type Events = Record<string, { schema: object }>;
const eventsOf = (key: string): Events =>
  JSON.parse(readFileSync(join(__dirname, '../../../../workflows', key, 'definition.json'), 'utf8')).meta.events;
const events: Events = { ...eventsOf('entertainment-expense'), ...eventsOf('contract-review') };

/** JSON Pointers of every error in an rjsf error tree. */
function pointers(tree: FieldErrorTree | undefined, prefix = ''): string[] {
  if (!tree) return [];
  return Object.entries(tree).flatMap(([key, child]) =>
    key === '__errors' ? [prefix] : pointers(child as FieldErrorTree, `${prefix}/${key}`),
  );
}

/** The server's verdict as the fields it names (ajv's `if` summaries are shown through their fields). */
const serverPaths = (schema: object, data: unknown) => {
  const problems = validateData(schema as never, data);
  return [...new Set(displayedProblems(problems, t).map((problem) => problem.path))].sort();
};
const formPaths = (schema: object, data: Record<string, unknown>) =>
  [...new Set(pointers(validateForm(schema, data, t)))].sort();

// The form must refuse exactly what the server (the engine's validateData) refuses, field by field.
describe('validateForm agrees with the server on two workflows event schemas', () => {
  it.each([
    ['SUBMIT_ALCOHOL_FORM', { liquor: '本地白酒', quantity: 2, estimatedCost: 300 }, 0],
    ['SUBMIT_ALCOHOL_FORM', {}, 3],
    ['SUBMIT_ALCOHOL_FORM', { liquor: '', quantity: 0, estimatedCost: -1 }, 3],
    ['SUBMIT_ALCOHOL_FORM', { liquor: '白酒', quantity: 1.5, estimatedCost: 10 }, 1],
    ['SUBMIT_CLAIM', { invoiceNumber: '0440-1', invoiceAmount: 1080, invoiceType: 'catering', invoicePhoto }, 0],
    ['SUBMIT_CLAIM', { invoiceNumber: '0440-1', invoiceAmount: 0, invoiceType: 'taxi', invoicePhoto }, 2],
    ['SUBMIT_CLAIM', { invoiceNumber: '0440-1', invoiceAmount: 1080, invoiceType: 'catering' }, 1],
    ['HOSTED', { actualAmount: 900, hostedOn: '2026-03-02' }, 0],
    ['HOSTED', { actualAmount: 900, hostedOn: '2026-02-31x' }, 1],
    ['REJECT', {}, 1],
    ['REJECT', { comment: '' }, 1],
    ['APPROVE', {}, 0],
    ['SIGN', { contractTitle: '框架合同', contractNo: 'HT-2026-007', signedOn: '2026-03-05', signatory: '王经理' }, 0],
    ['SIGN', { contractTitle: '框架合同', contractNo: 'HT-2026-007', signedOn: '03/05/2026' }, 2],
    ['SIGN', { contractTitle: '框架合同', contractNo: '   ', signedOn: '2026-03-05', signatory: '王经理' }, 1],
    ['RETURN', { comments: '' }, 1],
  ])('%s %j refuses %d fields', (type, data, count) => {
    const schema = events[type].schema;
    expect(formPaths(schema, data)).toEqual(serverPaths(schema, data));
    expect(formPaths(schema, data)).toHaveLength(count);
  });

  it('words the problems in the UI language', () => {
    expect(validateForm(events.SUBMIT_ALCOHOL_FORM.schema, { liquor: 'x', quantity: 0, estimatedCost: 1 }, t)).toEqual({
      quantity: { __errors: ['inbox.vMinimum'] },
    });
  });

  it('shows a failed if/then through the field it requires, not as a summary at the top', () => {
    const schema = { type: 'object', if: { required: ['a'] }, then: { required: ['b'] } };
    expect(validateData(schema, { a: 1 }).map((problem) => problem.path)).toEqual(['/b', '']);
    expect(validateForm(schema, { a: 1 }, t)).toEqual({ b: { __errors: ['inbox.vRequired'] } });
  });

  it('leaves a schema ajv cannot compile to the server instead of breaking the form', () => {
    expect(schemaProblems({ type: 'object', properties: { a: { $ref: '#/nowhere' } } }, {})).toBeUndefined();
    expect(validateForm({ type: 'object', properties: { a: { $ref: '#/nowhere' } } }, { a: 1 }, t)).toBeUndefined();
  });
});

// Every start-input and event schema of every shipped workflow, probed with the same values.
describe('validateForm agrees with the server on every shipped workflow schema', () => {
  it('covers every workflow', () => {
    expect(WORKFLOW_SCHEMAS.length).toBeGreaterThan(40);
  });

  it.each(WORKFLOW_SCHEMAS)('%s', (_name, schema) => {
    const probes = probeData(schema);
    for (const data of probes) expect([data, formPaths(schema, data)]).toEqual([data, serverPaths(schema, data)]);
    // The probes must reach the schema: at least one of them is refused.
    expect(probes.some((data) => formPaths(schema, data).length > 0)).toBe(true);
  });
});
