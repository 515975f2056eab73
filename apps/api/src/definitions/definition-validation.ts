import { validateDefinition, type Registry } from '@liucheng/engine';
import type { ValidationResponse } from '@liucheng/contracts';

/** The engine's validation plus the API's own rule: `spec.id` is the definition key. */
export function validateSpecForKey(registry: Registry, spec: unknown, key?: string): ValidationResponse {
  const result = validateDefinition(spec, registry);
  const errors = [...result.errors];
  const id = (spec as { id?: unknown })?.id;
  if (key !== undefined && id !== key)
    errors.unshift({ path: 'id', message: `must equal the definition key "${key}"` });
  return { ok: errors.length === 0, errors };
}
