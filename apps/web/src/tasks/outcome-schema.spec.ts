import { fieldUses, outcomeData, outcomeSchema } from './outcome-schema';

// The leader's task: APPROVE (comment optional) and REJECT (comment required); the form is their union.
const comment = { type: 'string', minLength: 1, title: '审批意见 / Comment' };
const approve = { type: 'object', additionalProperties: false, properties: { comment: { type: 'string' } } };
const reject = { type: 'object', additionalProperties: false, required: ['comment'], properties: { comment } };
const approvalForm = { type: 'object', properties: { comment: { type: 'string' } } };

// Contract negotiation: NEGOTIATED needs the terms, ABANDON only a reason.
const negotiated = {
  type: 'object',
  additionalProperties: false,
  required: ['counterparty', 'amount'],
  properties: { counterparty: { type: 'string' }, amount: { type: 'number', minimum: 0 } },
};
const abandon = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason: { type: 'string' } },
};
const negotiationForm = { type: 'object', properties: { ...negotiated.properties, ...abandon.properties } };

describe('outcomeSchema', () => {
  it.each([
    ['APPROVE', approvalForm, approve, ['comment'], undefined],
    ['REJECT', approvalForm, reject, ['comment'], ['comment']],
    ['NEGOTIATED', negotiationForm, negotiated, ['counterparty', 'amount'], ['counterparty', 'amount']],
    ['ABANDON', negotiationForm, abandon, ['reason'], ['reason']],
    ['an outcome without a schema', negotiationForm, undefined, ['counterparty', 'amount', 'reason'], undefined],
  ])('%s: fields %j, required %j', (_name, form, event, fields, required) => {
    const schema = outcomeSchema(form, event);
    expect(Object.keys(schema.properties as object)).toEqual(fields);
    expect(schema.required).toEqual(required);
    expect(schema.type).toBe('object');
  });

  it('keeps the form constraints over the event ones and the form-level required', () => {
    const form = { type: 'object', required: ['amount'], properties: { amount: { type: 'number', minimum: 5 } } };
    const event = { type: 'object', properties: { amount: { type: 'number' } } };
    expect(outcomeSchema(form, event)).toEqual({
      type: 'object',
      required: ['amount'],
      properties: { amount: { type: 'number', minimum: 5 } },
    });
  });
});

describe('outcomeData', () => {
  it.each([
    ['drops fields the event refuses', { reason: 'too dear', amount: 3 }, abandon, { reason: 'too dear' }],
    ['drops empty strings', { comment: '' }, approve, {}],
    ['keeps everything when the event allows more', { a: 1, b: false }, { type: 'object' }, { a: 1, b: false }],
    ['keeps zero and false', { amount: 0, counterparty: 'x' }, negotiated, { amount: 0, counterparty: 'x' }],
  ])('%s', (_name, data, event, expected) => {
    expect(outcomeData(data, event)).toEqual(expected);
  });
});

describe('fieldUses', () => {
  const schemaOf = (type: string) =>
    ({ APPROVE: approve, REJECT: reject, NEGOTIATED: negotiated, ABANDON: abandon })[type];

  it.each([
    [
      'approval',
      approvalForm,
      ['APPROVE', 'REJECT'],
      { comment: { usedBy: ['APPROVE', 'REJECT'], requiredBy: ['REJECT'] } },
    ],
    [
      'negotiation',
      negotiationForm,
      ['NEGOTIATED', 'ABANDON'],
      {
        counterparty: { usedBy: ['NEGOTIATED'], requiredBy: ['NEGOTIATED'] },
        amount: { usedBy: ['NEGOTIATED'], requiredBy: ['NEGOTIATED'] },
        reason: { usedBy: ['ABANDON'], requiredBy: ['ABANDON'] },
      },
    ],
  ])('%s', (_name, form, outcomes, expected) => {
    expect(fieldUses(form, outcomes, schemaOf)).toEqual(expected);
  });
});

describe('request fields the step may edit (表单权限)', () => {
  const form = {
    type: 'object',
    properties: {
      amount: { type: 'number', minimum: 0, 'x-field-access': 'edit' },
      comment: { type: 'string' },
    },
  };
  const approve = { type: 'object', additionalProperties: false, properties: { comment: { type: 'string' } } };

  it('go with an outcome whose event refuses other data', () => {
    expect(Object.keys(outcomeSchema(form, approve).properties as object)).toEqual(['amount', 'comment']);
    expect(outcomeData({ amount: 6000, comment: '改', other: 1 }, approve, form)).toEqual({
      amount: 6000,
      comment: '改',
    });
  });

  it('are dropped like any other field when the form does not mark them', () => {
    expect(outcomeData({ amount: 6000, comment: '改' }, approve)).toEqual({ comment: '改' });
  });
});
