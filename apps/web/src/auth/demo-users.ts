// Demo users that exist on the embedded database (docs/http-api.md "Running"); all share one password.
export const DEMO_USERS = ['staff', 'leader', 'finance', 'legal', 'owner', 'auditor', 'admin'] as const;
export const DEMO_PASSWORD = 'demo1234';
export type DemoUser = (typeof DEMO_USERS)[number];
