import type { CcEffect, JsonObject } from '@liucheng/engine';
import type { EffectWrite, NotificationChannel } from '@liucheng/persistence';

/**
 * The in-app notice of a copy. The definition's title travels with every notification (the
 * inbox item, the webhook body, the mail subject "【流程】<标题>：抄送给您"), so it is not repeated here.
 */
export const CC_MESSAGE = { zh: '抄送给您', en: 'Copied to you' } as const;

/** The `target` of a copy's notification (a definition's `notify` never produces it). */
export const CC_TARGET = 'cc';

export interface CcPlanInput {
  definitionKey: string;
  /** Configured delivery channels: the copy's notification goes out on them like any other. */
  channels: readonly NotificationChannel[];
}

/**
 * Pure: a step's cc effects as writes, each a `ccSent` followed by one notification per
 * recipient. A user named twice for one state in the same step (the definition's CC and an
 * approver's ad hoc CC) gets one copy: the first, with its sender and comment.
 */
export function planCc(effects: readonly CcEffect[], input: CcPlanInput): EffectWrite[] {
  const copied = new Set<string>();
  const writes: EffectWrite[] = [];
  for (const effect of effects) {
    const recipients = effect.users.filter((user) => {
      const key = JSON.stringify([effect.statePath, user]);
      if (copied.has(key)) return false;
      copied.add(key);
      return true;
    });
    if (recipients.length === 0) continue;
    const comment = effect.comment ? { comment: effect.comment } : {};
    writes.push({
      kind: 'ccSent',
      cc: {
        definitionKey: input.definitionKey,
        statePath: effect.statePath,
        recipients,
        sentBy: effect.by,
        ...comment,
      },
    });
    const data: JsonObject = { statePath: effect.statePath, by: effect.by, ...comment };
    for (const username of recipients) {
      writes.push({
        kind: 'notification',
        notification: {
          to: CC_TARGET,
          recipients: { kind: 'user', username },
          message: { ...CC_MESSAGE },
          data,
          channels: input.channels,
        },
      });
    }
  }
  return writes;
}
