// The registry listing the browser knows without asking the API: the standard library plus the workflows' domain entries.
import { describeRegistry, type RegistryDescription } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';

/** `describeRegistry(workflowRegistry)`, computed once; it lists what `GET /api/registry` lists. */
export const browserRegistry: RegistryDescription = describeRegistry(workflowRegistry);
