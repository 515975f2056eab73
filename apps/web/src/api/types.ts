// Request bodies the web app sends that @liucheng/contracts does not (yet) export.
// If contracts adds them, re-export from there instead.

/** POST /api/instances body. */
export interface StartInstanceRequest {
  definitionKey: string;
  version?: number;
  input?: Record<string, unknown>;
  businessKey?: string;
}

/** POST /api/instances/:id/events body. */
export interface SendEventRequest {
  type: string;
  data?: Record<string, unknown>;
}
