import { AppSettingEntity } from './app-setting.entity';
import { DefinitionVersionEntity } from './definition-version.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { InstanceEventEntity } from './instance-event.entity';
import { InstanceEntity } from './instance.entity';
import { NotificationEntity } from './notification.entity';
import { RoleEntity } from './role.entity';
import { TaskEntity } from './task.entity';
import { TimerEntity } from './timer.entity';
import { UserRoleEntity } from './user-role.entity';
import { UserEntity } from './user.entity';
import { WorkflowDefinitionEntity } from './workflow-definition.entity';

export {
  AppSettingEntity,
  DefinitionVersionEntity,
  IdempotencyKeyEntity,
  InstanceEventEntity,
  InstanceEntity,
  NotificationEntity,
  RoleEntity,
  TaskEntity,
  TimerEntity,
  UserRoleEntity,
  UserEntity,
  WorkflowDefinitionEntity,
};
export type { DefinitionVersionStatus } from './definition-version.entity';

/** Every entity, for the DataSource. */
export const ENTITIES = [
  AppSettingEntity,
  DefinitionVersionEntity,
  IdempotencyKeyEntity,
  InstanceEventEntity,
  InstanceEntity,
  NotificationEntity,
  RoleEntity,
  TaskEntity,
  TimerEntity,
  UserRoleEntity,
  UserEntity,
  WorkflowDefinitionEntity,
];
