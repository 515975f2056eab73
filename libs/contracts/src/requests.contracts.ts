import type { InstanceStatus } from './instance.contracts';
import type { SpecContract } from './definition.contracts';
import type { LocalizedLabel } from './common.contracts';
import type { TaskScope, TaskSort, TaskStatus } from './task.contracts';

/** `POST /api/definitions/validate` and `PUT /api/definitions/:key/draft`. */
export interface SpecRequest {
  spec: SpecContract;
}

/** `POST /api/instances` (header `Idempotency-Key` optional). */
export interface StartInstanceRequest {
  definitionKey: string;
  version?: number;
  input?: Record<string, unknown>;
  businessKey?: string;
}

/** `POST /api/instances/:id/events` (header `Idempotency-Key` optional). */
export interface SendEventRequest {
  type: string;
  data?: Record<string, unknown>;
}

/** `POST /api/tasks/:id/complete`. */
export interface CompleteTaskRequest {
  outcome: string;
  data?: Record<string, unknown>;
}

/** `POST /api/tasks/:id/assign`. */
export interface AssignTaskRequest {
  username: string;
}

/** Query of `GET /api/instances`. */
export interface InstanceQuery {
  definitionKey?: string;
  status?: InstanceStatus;
  businessKey?: string;
  limit?: number;
  cursor?: string;
}

/** Query of `GET /api/tasks`. */
export interface TaskQuery {
  scope?: TaskScope;
  status?: TaskStatus;
  definitionKey?: string;
  /** `created` (newest first, the default), `due` (soonest first, tasks without a due time last) or `completed`. */
  sort?: TaskSort;
  /** Page size, 1–500 (default 500). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** One item of `GET /api/registry`. */
export interface RegistryEntryContract {
  name: string;
  title: LocalizedLabel;
  description?: LocalizedLabel;
  params: Record<string, unknown>;
}

/** `GET /api/registry`. */
export interface RegistryResponse {
  guards: RegistryEntryContract[];
  actions: RegistryEntryContract[];
  delays: RegistryEntryContract[];
  /** Approver sources by name (`{kind: "registry", name, params}`), e.g. `byAmount`. */
  approvers?: RegistryEntryContract[];
}
