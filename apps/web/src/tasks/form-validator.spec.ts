import { validateData } from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateForm } from './form-validator';
import type { FieldErrorTree } from './server-errors';

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

// The form must refuse exactly what the server (the engine's validateData) refuses, field by field.
describe('validateForm agrees with the server on two workflows event schemas', () => {
  it.each([
    ['SUBMIT_ALCOHOL_FORM', { liquor: '本地白酒', quantity: 2, estimatedCost: 300 }],
    ['SUBMIT_ALCOHOL_FORM', {}],
    ['SUBMIT_ALCOHOL_FORM', { liquor: '', quantity: 0, estimatedCost: -1 }],
    ['SUBMIT_ALCOHOL_FORM', { liquor: '白酒', quantity: 1.5, estimatedCost: 10 }],
    ['SUBMIT_CLAIM', { invoiceNumber: '0440-1', invoiceAmount: 1080, invoiceType: 'catering' }],
    ['SUBMIT_CLAIM', { invoiceNumber: '0440-1', invoiceAmount: 0, invoiceType: 'taxi' }],
    ['HOSTED', { actualAmount: 900, hostedOn: '2026-03-02' }],
    ['HOSTED', { actualAmount: 900, hostedOn: '2026-02-31x' }],
    ['REJECT', {}],
    ['REJECT', { comment: '' }],
    ['APPROVE', {}],
    ['SIGN', { signedOn: '2026-03-05', signatory: '张总' }],
    ['SIGN', { signedOn: '03/05/2026' }],
    ['FILE', { filingNo: '   ' }],
    ['FILE', { filingNo: 'HTBA-2026-0042' }],
  ])('%s %j', (type, data) => {
    const schema = events[type].schema;
    const server = validateData(schema as never, data).map((problem) => problem.path);
    expect(pointers(validateForm(schema, data, t)).sort()).toEqual([...new Set(server)].sort());
  });

  it('words the problems in the UI language', () => {
    expect(validateForm(events.SUBMIT_ALCOHOL_FORM.schema, { liquor: 'x', quantity: 0, estimatedCost: 1 }, t)).toEqual({
      quantity: { __errors: ['inbox.vMinimum'] },
    });
  });
});
