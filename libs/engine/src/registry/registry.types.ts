import type { JsonObject, JsonSchema, LocalizedText } from '../definition/definition.types';
import type { OrgSnapshot } from '../org/org.types';
import type { EngineEvent } from '../runtime/runtime.types';

/** What a guard, action or delay implementation sees. Pure data, no clock, no I/O. */
export interface EvaluationArgs {
  context: JsonObject;
  event: EngineEvent;
}

/** The public description of a registry entry (what `GET /api/registry` lists). */
export interface RegistryEntryInfo {
  name: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** JSON Schema of the entry's `params`. */
  params: JsonSchema;
}

export interface GuardEntry extends RegistryEntryInfo {
  /** `registry` lets combinators (`and`, `or`, `not`) evaluate nested guard refs. */
  evaluate(args: EvaluationArgs, params: JsonObject, registry: Registry): boolean;
}

/** An action either computes the next context or emits a side-effect as data. */
export type ActionEntry = AssignActionEntry | EffectActionEntry;

export interface AssignActionEntry extends RegistryEntryInfo {
  kind: 'assign';
  /** Returns the next context; must not mutate `args.context`. */
  assign(args: EvaluationArgs, params: JsonObject): JsonObject;
}

export interface EffectActionEntry extends RegistryEntryInfo {
  kind: 'effect';
  /** Returns the notification to emit; the service layer delivers it. */
  effect(args: EvaluationArgs, params: JsonObject): NotifyPayload;
}

export interface NotifyPayload {
  /** `role:<name>`, `user:<username>`, `starter`, `starter.manager`. */
  to: string;
  message: LocalizedText;
  data?: JsonObject;
}

export interface DelayEntry extends RegistryEntryInfo {
  /** Milliseconds from `now` until the delayed transition fires. */
  resolve(args: EvaluationArgs, params: JsonObject): number;
}

/** An approver source by name (`{kind: 'registry', name, params}`): who approves, computed. */
export interface ApproverEntry extends RegistryEntryInfo {
  /** Usernames in order, from the organisation and the instance context; pure. */
  resolve(
    org: OrgSnapshot,
    input: { starter: string; context: unknown },
    params: JsonObject,
    registry: Registry,
  ): string[];
}

export interface Registry {
  guards: Record<string, GuardEntry>;
  actions: Record<string, ActionEntry>;
  delays: Record<string, DelayEntry>;
  approvers?: Record<string, ApproverEntry>;
}

export interface RegistryDescription {
  guards: RegistryEntryInfo[];
  actions: RegistryEntryInfo[];
  delays: RegistryEntryInfo[];
  approvers?: RegistryEntryInfo[];
}
