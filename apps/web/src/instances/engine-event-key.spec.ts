import { engineEventKey } from './engine-event-key';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';

describe('engineEventKey', () => {
  it('names every engine event, a fired timer and an unknown engine event; leaves the definition’s own', () => {
    expect(engineEventKey('@send-back')).toBe('history.engineSendBack');
    expect(engineEventKey('@move')).toBe('history.engineMove');
    expect(engineEventKey('@migrate')).toBe('history.engineMigrate');
    expect(engineEventKey('xstate.after.P3D.expense.settlement')).toBe('history.engineTimer');
    expect(engineEventKey('@something-new')).toBe('history.engineOther');
    expect(engineEventKey('APPROVE')).toBeUndefined();
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ])('every key has a %s label', (_language, messages) => {
    const types = ['@start', '@approvers', '@transfer', '@delegate', '@delegate-done', '@add-approvers'];
    types.push(
      '@remove-approver',
      '@send-back',
      '@cc',
      '@withdraw',
      '@urge',
      '@escalate',
      '@cancel',
      '@move',
      '@migrate',
      '@x',
      'xstate.after.P1D.a.b',
    );
    for (const type of types) {
      const path = (engineEventKey(type) ?? '').split('.');
      const label = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages);
      expect(typeof label).toBe('string');
    }
  });
});
