// One line of text per engine effect for the simulation log.
import type { Effect } from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../i18n/format';
import type { AppLanguage } from '../../i18n/language';
import { pickLabel } from '../../i18n/localize';

/**
 * Describes an effect in the UI language.
 * @example describeEffect({ kind: 'closeTask', statePath: 'review' }, t, 'en') // 'Task closed: review'
 */
export function describeEffect(effect: Effect, t: TFunction, language: AppLanguage): string {
  switch (effect.kind) {
    case 'openTask':
      return t('designer.simEffectOpenTask', { title: pickLabel(effect.task.title, language), path: effect.statePath });
    case 'closeTask':
      return t('designer.simEffectCloseTask', { path: effect.statePath });
    case 'scheduleTimer':
      return t('designer.simEffectSchedule', { path: effect.statePath, at: formatDateTime(effect.dueAt, language) });
    case 'cancelTimer':
      return t('designer.simEffectCancel', { id: effect.timerId });
    case 'notify':
      return t('designer.simEffectNotify', { to: effect.to, message: pickLabel(effect.message, language) });
    case 'resolveApprovers':
      return t('designer.simEffectResolveApprovers', { path: effect.statePath });
    case 'escalate':
      return t('designer.simEffectEscalate', {
        path: effect.statePath,
        users: effect.slots.map((s) => s.user).join(', '),
      });
    case 'cc':
      return t('designer.simEffectCc', { path: effect.statePath, users: effect.users.join(', ') });
  }
}
