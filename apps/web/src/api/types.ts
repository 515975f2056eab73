// Request bodies the web app sends, from the shared contracts.
export type { SendEventRequest, StartInstanceRequest } from '@liucheng/contracts';
