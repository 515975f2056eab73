// Pure: the sentence for one action or event of the timeline (转办, 委派, 加签, 驳回, 抄送, 撤回, 催办, 超时, other events).
import type { TFunction } from 'i18next';
import type { AppLanguage } from '../i18n/language';

type Data = Record<string, unknown>;

export interface EventTextInput {
  type: string;
  actor: string;
  data: Data;
  name: (username: string) => string;
  /** A state path's title (驳回 target). */
  stateLabel: (path: string) => string;
  /** An event type's title (a form task's outcome). */
  eventLabel: (type: string) => string;
  language: AppLanguage;
}

/**
 * @example eventText({ type: '@transfer', actor: 'leader', data: { to: 'hq' }, … }, t) // '李四 转办给 冯二'
 */
export function eventText(input: EventTextInput, t: TFunction): string {
  const { type, data, name } = input;
  const actor = name(input.actor);
  const users = (list: unknown) =>
    (Array.isArray(list) ? list : [])
      .filter((u): u is string => typeof u === 'string')
      .map(name)
      .join(input.language === 'en' ? ', ' : '、');
  const to = typeof data.to === 'string' ? data.to : '';
  // The engine's task timers (催办 and 超时 by the definition) name their step in the type.
  if (type.startsWith('@remind.')) return t('approvals.eventRemind', { step: input.stateLabel(type.slice(8)) });
  if (type.startsWith('@timeout.')) return t('approvals.eventTimeout', { step: input.stateLabel(type.slice(9)) });
  switch (type) {
    case '@escalate': {
      const slots = Array.isArray(data.slots) ? (data.slots as { to?: unknown }[]) : [];
      const handed = slots.flatMap((s) => (typeof s.to === 'string' ? [s.to] : []));
      return handed.length ? t('approvals.eventEscalate', { users: users(handed) }) : t('approvals.eventEscalateTop');
    }
    case '@transfer':
      return t('approvals.eventTransfer', { actor, to: name(to) });
    case '@delegate':
      return t('approvals.eventDelegate', { actor, to: name(to) });
    case '@delegate-done':
      return t('approvals.eventDelegateDone', { actor });
    case '@add-approvers':
      if (data.position === 'after') return t('approvals.eventAddAfter', { actor, users: users(data.users) });
      if (data.position === 'parallel') return t('approvals.eventAddParallel', { actor, users: users(data.users) });
      return t('approvals.eventAddBefore', { actor, users: users(data.users) });
    case '@remove-approver':
      return t('approvals.eventRemove', { actor });
    case '@send-back':
      return t('approvals.eventSendBack', { actor, to: input.stateLabel(to) });
    case '@cc':
      return input.actor === 'system'
        ? t('approvals.eventCcSystem', { users: users(data.users) })
        : t('approvals.eventCc', { actor, users: users(data.users) });
    case '@withdraw':
      return t('approvals.eventWithdraw', { actor });
    case '@urge':
      return t('approvals.eventUrge', { actor });
    // Operations in the record (the reason shows as the entry's note).
    case '@cancel':
      return t('approvals.eventCancel', { actor });
    case '@move':
      return t('approvals.eventMove', { actor, to: input.stateLabel(to) });
    case '@migrate':
      return t('approvals.eventMigrate', { actor, version: String(data.toVersion ?? '') });
    default:
      return t('approvals.eventDecision', { actor, outcome: input.eventLabel(type) });
  }
}

/** The free text an entry carries: a reason or a comment. */
export function eventNote(data: Data): { kind: 'reason' | 'comment'; text: string } | undefined {
  if (typeof data.reason === 'string' && data.reason) return { kind: 'reason', text: data.reason };
  if (typeof data.comment === 'string' && data.comment) return { kind: 'comment', text: data.comment };
  return undefined;
}
