export { EFFECT_FRAGMENTS, effectCtes } from './effect-fragments';
export type {
  CcWrite,
  EffectWrite,
  EffectWriteKind,
  NotificationChannel,
  NotificationRecipients,
  NotificationWrite,
} from './effect-write';
export { instanceLockSql, instancesLockSql, lockInstance, lockInstances } from './instance-lock.query';
export type { LockedInstanceRow, Queryable } from './instance-lock.query';
export { stepCommitSql } from './step-commit';
export type { HistoryEntryWrite, IdempotencyAnswerWrite, StepCommit } from './step-commit';
