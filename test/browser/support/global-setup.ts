// Jest globalSetup for the browser tests: starts the built server and hands its URL to the specs.
import { startServer, type RunningServer } from './server-process';

declare global {
  var __LIUCHENG_BROWSER_SERVER__: RunningServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await startServer();
  globalThis.__LIUCHENG_BROWSER_SERVER__ = server;
  process.env.LIUCHENG_BROWSER_BASE_URL = server.baseUrl;
}
