import { retryDelayMs, deliveryErrorText } from './delivery-error';
import { mailText, webhookBody, type ClaimedDelivery } from './delivery-payload';
import { webhookSignature } from './webhook.channel';

const delivery: ClaimedDelivery = {
  id: 'd-1',
  channel: 'email',
  attempts: 1,
  notification_id: 'n-1',
  recipient: 'staff',
  target: 'starter',
  message: { zh: '已批准', en: 'Approved' },
  data: { amount: 3 },
  created_at: new Date('2026-03-01T09:00:00.000Z'),
  instance_id: 'i-1',
  seq: 4,
  definition_key: 'leave',
  title_zh: '请假申请',
  title_en: 'Leave request',
  email: 'staff@liucheng.local',
  locale: null,
};

describe('mailText', () => {
  it('writes Chinese unless the recipient chose English', () => {
    expect(mailText(delivery)).toEqual({
      subject: '【流程】请假申请：已批准',
      text: '已批准\n\n流程：请假申请（leave）\n实例：i-1\n',
    });
    expect(mailText({ ...delivery, locale: 'en' })).toEqual({
      subject: '[Liucheng] Leave request: Approved',
      text: 'Approved\n\nProcess: Leave request (leave)\nInstance: i-1\n',
    });
  });
});

describe('webhookBody', () => {
  it('carries the ids a receiver needs, both languages and the data', () => {
    expect(webhookBody(delivery)).toEqual({
      deliveryId: 'd-1',
      notificationId: 'n-1',
      recipient: 'staff',
      target: 'starter',
      instanceId: 'i-1',
      definitionKey: 'leave',
      definitionTitle: { zh: '请假申请', en: 'Leave request' },
      seq: 4,
      message: { zh: '已批准', en: 'Approved' },
      data: { amount: 3 },
      createdAt: '2026-03-01T09:00:00.000Z',
    });
  });
});

describe('webhookSignature', () => {
  it('is the hex HMAC-SHA256 of the raw body (RFC 4231 test case 2)', () => {
    expect(webhookSignature('what do ya want for nothing?', 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});

describe('retryDelayMs', () => {
  it('waits the base after the first attempt and doubles after each later one', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(1000, n))).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('deliveryErrorText', () => {
  it('names a network cause and keeps non-errors readable', () => {
    const error = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(deliveryErrorText(error)).toBe('fetch failed: ECONNREFUSED');
    expect(deliveryErrorText('boom')).toBe('boom');
    expect(deliveryErrorText(new Error('x'.repeat(600)))).toHaveLength(500);
  });
});
