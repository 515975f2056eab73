// Signatures of the engine's public functions. Each moves to its own file as it is implemented.
import type { JsonObject, JsonSchema, WorkflowSpec } from './definition/definition.types';
import type { ValidationProblem, ValidationResult } from './definition/validation.types';
import type { Registry, RegistryDescription } from './registry/registry.types';
import type { EngineEvent, PersistedSnapshot, RecordedEvent, StepResult } from './runtime/runtime.types';
import type { ChainVerification, HashedEntry, StoredEntry } from './history/history.types';
import type { AnyStateMachine } from 'xstate';

const todo = (): never => {
  throw new Error('not implemented');
};

/** The standard library: guards eq neq gt gte lt lte in exists and or not; actions set assign merge append increment notify; ISO delays. */
export const standardRegistry: Registry = { guards: {}, actions: {}, delays: {} };
/** Standard library plus the named domain entries (business fee, assessment tally, ...). */
export const defaultRegistry: Registry = standardRegistry;
export function createRegistry(...parts: Partial<Registry>[]): Registry {
  return todo();
}
export function describeRegistry(registry: Registry): RegistryDescription {
  return todo();
}

/** Every problem of a definition against a registry, as `{path, message}` with dotted spec paths. */
export function validateDefinition(spec: unknown, registry: Registry): ValidationResult {
  return todo();
}

export interface CompiledWorkflow {
  spec: WorkflowSpec;
  registry: Registry;
  machine: AnyStateMachine;
}

/** Validates then builds the XState machine through `setup()`; throws DefinitionInvalidError. */
export function compile(spec: WorkflowSpec, registry: Registry): CompiledWorkflow {
  return todo();
}

/** The instance's first snapshot: `context` merged with `input` (input wins). Throws EventRejectedError('invalid-data') when input fails `meta.input`. */
export function start(compiled: CompiledWorkflow, input: JsonObject, now: Date, actor: string): StepResult {
  return todo();
}

/** Pure: next snapshot and effects for one event. Throws EventRejectedError; never mutates `snapshot`. */
export function step(compiled: CompiledWorkflow, snapshot: PersistedSnapshot, event: EngineEvent, now: Date): StepResult {
  return todo();
}

/** Event types the snapshot's state handles (guards not evaluated), without internal/timer events. */
export function acceptedEvents(compiled: CompiledWorkflow, snapshot: PersistedSnapshot): string[] {
  return todo();
}

/** Re-runs recorded events (entry 1 = `@start`) through `start`/`step`; one result per entry. */
export function replay(compiled: CompiledWorkflow, events: RecordedEvent[]): StepResult[] {
  return todo();
}

/** Errors of `data` against a JSON Schema, `path` as JSON Pointer (`/days`, `` for the root). */
export function validateData(schema: JsonSchema, data: unknown): ValidationProblem[] {
  return todo();
}

/** RFC 8785 canonical JSON. */
export function canonicalJson(value: unknown): string {
  return todo();
}
export const GENESIS_HASH = '0'.repeat(64);
/** Lowercase hex SHA-256 of the canonical JSON of the entry's hashed fields. */
export function hashEntry(entry: HashedEntry): string {
  return todo();
}
/** Recomputes every hash and link; reports the first bad seq. */
export function verifyChain(entries: StoredEntry[]): ChainVerification {
  return todo();
}
