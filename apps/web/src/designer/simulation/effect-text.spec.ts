import type { Effect } from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { describeEffect } from './effect-text';

// A t() that shows the key and its values, so the test sees what reaches the message.
const t = ((key: string, values: Record<string, unknown>) =>
  `${key} ${JSON.stringify(values)}`) as unknown as TFunction;

describe('describeEffect', () => {
  it.each<[Effect, string]>([
    [
      {
        kind: 'openTask',
        statePath: 'review',
        task: { title: { zh: '审批', en: 'Review' }, candidateRoles: ['leader'], outcomes: ['APPROVE'] },
        formSchema: {},
      },
      'designer.simEffectOpenTask {"title":"Review","path":"review"}',
    ],
    [{ kind: 'closeTask', statePath: 'review' }, 'designer.simEffectCloseTask {"path":"review"}'],
    [
      { kind: 'cancelTimer', timerId: 'xstate.after.P3D.x.s' },
      'designer.simEffectCancel {"id":"xstate.after.P3D.x.s"}',
    ],
    [
      { kind: 'notify', to: 'starter.manager', message: { zh: '超期', en: 'Overdue' } },
      'designer.simEffectNotify {"to":"starter.manager","message":"Overdue"}',
    ],
  ])('describes %j', (effect, text) => {
    expect(describeEffect(effect, t, 'en')).toBe(text);
  });

  it('formats a timer due time for the language', () => {
    const effect: Effect = {
      kind: 'scheduleTimer',
      timerId: 'x',
      eventType: 'x',
      delayMs: 1,
      dueAt: 'not a date',
      statePath: 'settlement',
    };
    expect(describeEffect(effect, t, 'zh-CN')).toBe(
      'designer.simEffectSchedule {"path":"settlement","at":"not a date"}',
    );
  });
});
