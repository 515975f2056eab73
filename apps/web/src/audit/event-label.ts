// The label of a history entry's event in the reader's language: the definition's own events by
// their title, the engine's approval and timer entries by what they mean (never the raw type in zh).
import type { TFunction } from 'i18next';
import type { AppLanguage } from '../i18n/language';
import { pickLabel } from '../i18n/localize';
import type { SpecMeta } from '../spec/spec-meta';

const ENGINE_EVENTS: Record<string, 'history.start' | `audit.${string}` | `approvals.${string}`> = {
  '@start': 'history.start',
  '@approvers': 'audit.eventApprovers',
  '@transfer': 'approvals.transfer',
  '@delegate': 'approvals.delegate',
  '@delegate-done': 'approvals.resolve',
  '@add-approvers': 'approvals.addApprovers',
  '@remove-approver': 'audit.eventRemoveApprover',
  '@send-back': 'approvals.sendBack',
  '@cc': 'approvals.cc',
  '@withdraw': 'approvals.withdraw',
  '@urge': 'approvals.urge',
  '@cancel': 'audit.eventCancel',
  '@move': 'audit.eventMove',
  '@migrate': 'audit.eventMigrate',
};

export function eventLabel(type: string, meta: SpecMeta, language: AppLanguage, t: TFunction): string {
  const key = ENGINE_EVENTS[type];
  // The keys above are all labels of the message files (messages.spec checks both languages have them).
  if (key) return t(key as 'history.start');
  if (type.startsWith('xstate.after.')) return t('audit.eventTimer');
  const title = meta.events[type]?.title;
  if (title) return pickLabel(title, language, type);
  return type.startsWith('liucheng.') ? t('audit.eventInternal') : type;
}
