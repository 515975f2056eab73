import type { CcEffect } from '@liucheng/engine';
import { CC_MESSAGE, CC_TARGET, planCc } from './cc-plan';
import { planEffects } from './effect-plan';

const cc = (fields: Partial<CcEffect> = {}): CcEffect => ({
  kind: 'cc',
  statePath: 'review',
  users: ['finance', 'legal'],
  by: 'leader',
  ...fields,
});

const notice = (username: string, data: Record<string, unknown>, channels: string[] = []) => ({
  kind: 'notification',
  notification: {
    to: CC_TARGET,
    recipients: { kind: 'user', username },
    message: CC_MESSAGE,
    data,
    channels,
  },
});

describe('planCc', () => {
  it('writes the copy, then one notification per recipient on the configured channels', () => {
    expect(planCc([cc({ comment: '请知悉' })], { definitionKey: 'leave', channels: ['webhook'] })).toEqual([
      {
        kind: 'ccSent',
        cc: {
          definitionKey: 'leave',
          statePath: 'review',
          recipients: ['finance', 'legal'],
          sentBy: 'leader',
          comment: '请知悉',
        },
      },
      notice('finance', { statePath: 'review', by: 'leader', comment: '请知悉' }, ['webhook']),
      notice('legal', { statePath: 'review', by: 'leader', comment: '请知悉' }, ['webhook']),
    ]);
  });

  it('leaves the comment out when there is none (a definition CC by system)', () => {
    const [write] = planCc([cc({ by: 'system', users: ['office'] })], { definitionKey: 'leave', channels: [] });
    expect(write).toEqual({
      kind: 'ccSent',
      cc: { definitionKey: 'leave', statePath: 'review', recipients: ['office'], sentBy: 'system' },
    });
  });

  it('copies a user once per state and step: the first copy wins, a later state is a new copy', () => {
    const writes = planCc(
      [
        cc({ by: 'system', users: ['finance', 'finance'] }),
        cc({ users: ['finance', 'legal'], comment: 'ad hoc' }),
        cc({ users: ['finance'], statePath: 'pay' }),
        cc({ users: ['legal'] }),
      ],
      { definitionKey: 'leave', channels: [] },
    );
    expect(writes.map((w) => (w.kind === 'ccSent' ? [w.cc.statePath, w.cc.sentBy, w.cc.recipients] : w.kind))).toEqual([
      ['review', 'system', ['finance']],
      'notification',
      ['review', 'leader', ['legal']],
      'notification',
      ['pay', 'leader', ['finance']],
      'notification',
    ]);
  });

  it('writes nothing for a copy to nobody', () => {
    expect(planCc([cc({ users: [] })], { definitionKey: 'leave', channels: [] })).toEqual([]);
  });
});

describe('planEffects with cc effects', () => {
  it('puts the copies after the tasks and notifications, in effect order', () => {
    const plan = planEffects({
      instanceId: 'i-1',
      definitionKey: 'leave',
      openBefore: [],
      effects: [
        cc({ users: ['finance'] }),
        { kind: 'notify', to: 'starter', message: { zh: '一', en: 'one' } },
        {
          kind: 'openTask',
          statePath: 'hr',
          task: { title: { zh: '人事', en: 'HR' }, outcomes: ['OK'] },
          formSchema: {},
        },
        cc({ users: ['legal'], statePath: 'hr' }),
      ],
      eventType: 'APPROVE',
      actor: 'leader',
      at: '2026-03-01T09:00:00.000Z',
      startedBy: 'staff',
      context: {},
      starterManager: null,
      firedTimerId: null,
      channels: [],
      newId: () => 'new-1',
    });
    expect(
      plan.writes.map((w) =>
        w.kind === 'ccSent'
          ? `ccSent ${w.cc.statePath}`
          : w.kind === 'notification'
            ? `notify ${w.notification.to}`
            : w.kind,
      ),
    ).toEqual(['taskOpened', 'notify starter', 'ccSent review', 'notify cc', 'ccSent hr', 'notify cc']);
  });
});
