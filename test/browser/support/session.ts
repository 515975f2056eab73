// One user in their own browser context, logged in through the login page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl } from './browser';

export const DEMO_PASSWORD = 'demo1234';

/** Where a demo user (named after its role) is expected to land: auditors search, admins manage users. */
const DEMO_HOMES: Record<string, string> = { auditor: '/audit', admin: '/admin/users' };
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface UserSession {
  username: string;
  context: BrowserContext;
  page: Page;
}

export interface LoginOptions {
  /** Chosen with the switch on the login page (remembered by the app); default zh-CN. */
  language?: 'zh-CN' | 'en';
  viewport?: { width: number; height: number };
  /** The password, when not the demo users' one. */
  password?: string;
  /** Where the role lands after signing in (auditor: /audit, admin: /admin/users). */
  home?: string;
}

/** Opens the app at `/`, is sent to the login page, logs in and lands on the role's home (auditor: the audit search, admin: users, others: the inbox). */
export async function loginAs(browser: Browser, username: string, options: LoginOptions = {}): Promise<UserSession> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: options.viewport ?? DESKTOP,
    locale: 'zh-CN',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL('**/login');
  if (options.language === 'en') await page.locator('.ant-segmented-item', { hasText: 'English' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(options.password ?? DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === (options.home ?? DEMO_HOMES[username] ?? '/tasks'));
  return { username, context, page };
}
