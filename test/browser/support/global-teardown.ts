// Jest globalTeardown for the browser tests: stops the server globalSetup started.
import { stopServer } from './server-process';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__LIUCHENG_BROWSER_SERVER__;
  globalThis.__LIUCHENG_BROWSER_SERVER__ = undefined;
  if (server) await stopServer(server);
}
