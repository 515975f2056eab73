import { parseSendEventBody } from './send-event-body.pipe';

describe('parseSendEventBody', () => {
  it.each([
    [{ type: 'APPROVE' }, { type: 'APPROVE' }],
    [
      { type: 'APPROVE', data: { amount: 5 } },
      { type: 'APPROVE', data: { amount: 5 } },
    ],
    [
      { type: 'X', data: {} },
      { type: 'X', data: {} },
    ],
  ])('accepts %j', (body, expected) => {
    expect(parseSendEventBody(body)).toEqual(expected);
  });

  it.each([
    [[], ''],
    [null, ''],
    ['APPROVE', ''],
    [{}, '/type'],
    [{ type: 7 }, '/type'],
    [{ type: '' }, '/type'],
    [{ type: 'x'.repeat(201) }, '/type'],
    [{ type: 'A', data: [] }, '/data'],
    [{ type: 'A', data: null }, '/data'],
    [{ type: 'A', data: 'x' }, '/data'],
    [{ type: 'A', extra: 1 }, '/extra'],
  ])('rejects %j with 400 naming %s', (body, path) => {
    try {
      parseSendEventBody(body);
      throw new Error('accepted');
    } catch (error) {
      const response = (
        error as { getResponse(): { statusCode: number; details: { errors: { path: string }[] } } }
      ).getResponse();
      expect(response.statusCode).toBe(400);
      expect(response.details.errors.map((e) => e.path)).toContain(path);
    }
  });
});
