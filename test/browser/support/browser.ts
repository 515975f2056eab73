// Debian's Chromium driven by playwright-core; nothing is downloaded. launch() gives every run
// (and every context) a fresh, throw-away profile.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** The server globalSetup started. */
export function baseUrl(): string {
  const url = process.env.LIUCHENG_BROWSER_BASE_URL;
  if (!url) throw new Error('LIUCHENG_BROWSER_BASE_URL is unset: run through jest.browser.config.js');
  return url;
}
