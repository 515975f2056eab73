// The registry listing the browser knows without asking the API: the engine's default registry.
import { defaultRegistry, describeRegistry, type RegistryDescription } from '@liucheng/engine';

/** `describeRegistry(defaultRegistry)`, computed once; it lists what `GET /api/registry` lists. */
export const browserRegistry: RegistryDescription = describeRegistry(defaultRegistry);
