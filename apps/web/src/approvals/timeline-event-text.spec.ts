import i18next, { type TFunction } from 'i18next';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { eventText, type EventTextInput } from './timeline-event-text';

let t: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  t = instance.t;
});

const input = (type: string, data: Record<string, unknown> = {}): EventTextInput => ({
  type,
  actor: 'system',
  data,
  name: (u) => ({ hq: '冯二' })[u] ?? u,
  stateLabel: (path) => (path === 'review' ? '主管审批' : path),
  eventLabel: (type) => type,
  language: 'zh-CN',
});

describe('timeline text of the engine’s task timers', () => {
  it('names the step a reminder or timeout is about', () => {
    expect(eventText(input('@remind.review'), t)).toBe('系统催办：「主管审批」待处理');
    expect(eventText(input('@timeout.review'), t)).toBe('「主管审批」已超时，系统按流程规定处理');
  });

  it('names who an escalation went to, or says there was nobody above', () => {
    expect(eventText(input('@escalate', { statePath: 'review', slots: [{ slot: '1.1', to: 'hq' }] }), t)).toBe(
      '超时上报：转给 冯二 处理',
    );
    expect(eventText(input('@escalate', { statePath: 'review', slots: [{ slot: '1.1', to: null }] }), t)).toBe(
      '超时上报：已无更高一级主管，已通知管理员',
    );
  });
});

describe('timeline text of operations in the record', () => {
  it('names who cancelled, moved (to which step) or migrated (to which version)', () => {
    const admin = (type: string, data: Record<string, unknown>) => ({ ...input(type, data), actor: 'admin' });
    expect(eventText(admin('@cancel', { reason: '重复' }), t)).toBe('admin 取消了流程');
    expect(eventText(admin('@move', { to: 'review', reason: 'x' }), t)).toBe('admin 将流程跳转到「主管审批」');
    expect(eventText(admin('@migrate', { fromVersion: 1, toVersion: 2, mapping: {}, reason: 'x' }), t)).toBe(
      'admin 将流程迁移到版本 2',
    );
  });
});
