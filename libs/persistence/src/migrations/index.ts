import { InitialSchema1764201600000 } from './1764201600000-initial-schema.migration';
import { People1764288000000 } from './1764288000000-people.migration';
import { TimerIncidents1764374400000 } from './1764374400000-timer-incidents.migration';
import { NotificationDelivery1764460800000 } from './1764460800000-notification-delivery.migration';
import { Organisation1764547200000 } from './1764547200000-organisation.migration';
import { Attachments1764633600000 } from './1764633600000-attachments.migration';
import { CcItems1764720000000 } from './1764720000000-cc-items.migration';
import { UserProxies1764806400000 } from './1764806400000-user-proxies.migration';
import { ApprovalTasks1764892800000 } from './1764892800000-approval-tasks.migration';
import { InboxKeysAndSignals1764979260000 } from './1764979260000-inbox-keys-and-signals.migration';
import { WorkingCalendars1765000000000 } from './1765000000000-working-calendars.migration';
import { Schedules1765100000000 } from './1765100000000-schedules.migration';
import { AuditEvidence1765300000000 } from './1765300000000-audit-evidence.migration';
import { InstanceSearch1765400000000 } from './1765400000000-instance-search.migration';
import { CalendarDeclaredYears1765600000000 } from './1765600000000-calendar-declared-years.migration';
import { MovedTasks1766100000000 } from './1766100000000-moved-tasks.migration';
import { ReadScaleIndexes1766300000000 } from './1766300000000-read-scale-indexes.migration';
import { CheckpointLeafRetention1766400000000 } from './1766400000000-checkpoint-leaf-retention.migration';
import { EventPathFunctions1766520000000 } from './1766520000000-event-path-functions.migration';
import { InboxOrderIndexes1766700000000 } from './1766700000000-inbox-order-indexes.migration';
import { SearchFields1766800000000 } from './1766800000000-search-fields.migration';
import { StartPathFunctions1766900000000 } from './1766900000000-start-path-functions.migration';

/** Every migration, oldest first. Names carry their timestamp so they never clash. */
export const MIGRATIONS = [
  InitialSchema1764201600000,
  People1764288000000,
  TimerIncidents1764374400000,
  NotificationDelivery1764460800000,
  Organisation1764547200000,
  Attachments1764633600000,
  CcItems1764720000000,
  UserProxies1764806400000,
  ApprovalTasks1764892800000,
  InboxKeysAndSignals1764979260000,
  WorkingCalendars1765000000000,
  Schedules1765100000000,
  AuditEvidence1765300000000,
  InstanceSearch1765400000000,
  CalendarDeclaredYears1765600000000,
  MovedTasks1766100000000,
  ReadScaleIndexes1766300000000,
  CheckpointLeafRetention1766400000000,
  EventPathFunctions1766520000000,
  InboxOrderIndexes1766700000000,
  SearchFields1766800000000,
  StartPathFunctions1766900000000,
];
