// The demo organisation itself (roles, departments, users) lives in @liucheng/workflows, shared
// with the scenario walks; what only the API's seed needs stays here.

export const DEMO_PASSWORD = 'demo1234';

/** Demo users' address for mailed notifications. */
export function demoEmail(username: string): string {
  return `${username}@liucheng.local`;
}
