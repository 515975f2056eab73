// Admin screens and the profile page: an admin (zh-CN) creates a user with a department and a
// manager; the new user (en) signs in and changes their password; staff (zh-CN) names a proxy on
// their profile page; each role lands on its own home; the login page lists every demo user.
import type { Browser } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { callApi, loginStatus, tokenOf } from './support/api-calls';
import { baseUrl, launchBrowser } from './support/browser';
import { pickOption, selectById } from './support/select-option';
import { loginAs, PHONE, type UserSession } from './support/session';

const NEW_USER = 'wang.lei';
const FIRST_PASSWORD = 'chushi-2026';
const NEW_PASSWORD = 'xin-mima-2026';

interface UserAnswer {
  username: string;
  displayName: string;
  departmentId: string | null;
  manager: string | null;
  roles: string[];
}

/** ISO date `days` from today (UTC calendar). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('admin screens and my profile, in the browser', () => {
  let browser: Browser;
  let admin: UserSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await loginAs(browser, 'admin', { home: '/admin/users' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the login page lists every demo user', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.locator('.ant-tag-checkable').first().waitFor();
    const tags = await page.locator('.ant-tag-checkable').allInnerTexts();
    expect(tags).toHaveLength(16);
    expect(tags).toEqual(expect.arrayContaining(['staff2（员工）', 'branch-finance（县级分公司财务）', 'hq（总部）']));
    await context.close();
  });

  it('the admin lands on the users screen; an auditor lands on the audit search', async () => {
    await admin.page.locator('[data-testid=users-table] tr[data-row-key=staff]').waitFor();
    expect(await admin.page.locator('[data-testid=users-table] tr[data-row-key=staff]').innerText()).toContain(
      '李四 (leader)',
    );
    await screenshot(admin.page, 'admin-users');
    const auditor = await loginAs(browser, 'auditor', { home: '/audit' });
    expect(await auditor.page.locator('.ant-menu-item', { hasText: '用户管理' }).count()).toBe(0);
    await auditor.page.goto('/admin/users');
    await auditor.page.waitForURL((url) => url.pathname === '/audit');
    await auditor.context.close();
  });

  it('the admin creates a user with a department and a manager; refusals are in Chinese', async () => {
    const page = admin.page;
    await page.locator('button', { hasText: '新建用户' }).click();
    const form = page.locator('[data-testid=user-form]');
    await form.waitFor();
    await page.locator('#username').fill('Wang Lei');
    await page.locator('#password').fill('short');
    await page.locator('.ant-modal-footer button.ant-btn-primary').click();
    const errors = form.locator('.ant-form-item-explain-error');
    await errors.first().waitFor();
    expect(await errors.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('用户名须为 2–50 个字符'),
        '必填',
        '密码至少 8 个字符，且不能与用户名相同',
      ]),
    );

    await page.locator('#username').fill(NEW_USER);
    await page.locator('#displayName').fill('王磊');
    await page.locator('#displayNameEn').fill('Wang Lei');
    await page.locator('#password').fill(FIRST_PASSWORD);
    await pickOption(page, selectById(page, 'departmentId'), '总部 / 财务部', '财务');
    await pickOption(page, selectById(page, 'manager'), '李四 (leader)', '李四');
    await screenshot(page, 'admin-create-user');
    await page.locator('.ant-modal-footer button.ant-btn-primary').click();
    await page.locator('.ant-message-success', { hasText: '已创建用户 王磊' }).waitFor();

    const row = page.locator(`[data-testid=users-table] tr[data-row-key="${NEW_USER}"]`);
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('总部 / 财务部');
    expect(text).toContain('李四 (leader)');

    const created = await callApi<UserAnswer>(await tokenOf('admin'), 'GET', `/api/users/${NEW_USER}`);
    expect(created).toMatchObject({ displayName: '王磊', manager: 'leader', roles: ['staff'] });
    expect(created.departmentId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the new user signs in (en), sees their English name, and changes their password', async () => {
    const user = await loginAs(browser, NEW_USER, { language: 'en', password: FIRST_PASSWORD });
    const page = user.page;
    await page.locator('[data-testid=user-menu]', { hasText: 'Wang Lei' }).waitFor();
    await page.locator('[data-testid=user-menu]').click();
    await page.locator('.ant-dropdown-menu-item', { hasText: 'My profile' }).click();
    await page.waitForURL((url) => url.pathname === '/profile');
    const form = page.locator('[data-testid=change-password]');

    await page.locator('#currentPassword').fill('not-my-password');
    await page.locator('#password').fill(NEW_PASSWORD);
    await page.locator('#confirm').fill(NEW_PASSWORD);
    await form.locator('button[type=submit]').click();
    await form.locator('.ant-form-item-explain-error', { hasText: 'The current password is wrong' }).waitFor();

    await page.locator('#currentPassword').fill(FIRST_PASSWORD);
    await form.locator('button[type=submit]').click();
    await page.locator('.ant-message-success', { hasText: 'Password changed' }).waitFor();
    await screenshot(page, 'profile-password-changed-en');
    // Still signed in (the app signed in again with the new password) …
    await page.goto('/tasks');
    await page.waitForURL((url) => url.pathname === '/tasks');
    // … and only the new password opens the account now.
    expect(await loginStatus(NEW_USER, FIRST_PASSWORD)).toBe(401);
    expect(await loginStatus(NEW_USER, NEW_PASSWORD)).toBe(200);
    await user.context.close();

    const again = await loginAs(browser, NEW_USER, { password: NEW_PASSWORD });
    await again.context.close();
  });

  it('staff names a proxy on their profile page (zh-CN, phone width)', async () => {
    const staff = await loginAs(browser, 'staff', { viewport: PHONE });
    const page = staff.page;
    await page.goto('/profile');
    const form = page.locator('[data-testid=proxy-form]');
    await form.waitFor();
    await pickOption(page, selectById(page, 'proxy'), '刘二 (staff2)', 'staff2');
    const [first, last] = [dayFromNow(2), dayFromNow(4)];
    const inputs = form.locator('.ant-picker-range input');
    // Typed dates count once the picker loses focus (Enter would also submit the form).
    await inputs.nth(0).click();
    await inputs.nth(0).fill(first);
    await inputs.nth(1).click();
    await inputs.nth(1).fill(last);
    await page.locator('#reason').click();
    await page.locator('#reason').fill('出差');
    await form.locator('button[type=submit]').click();
    await page.locator('.ant-message-success', { hasText: '已指定代理人' }).waitFor();

    const row = page.locator('[data-testid=proxy-list] tbody tr', { hasText: 'staff2' });
    await row.waitFor();
    expect(await row.innerText()).toContain('未开始');
    await screenshot(page, 'profile-proxy-phone');

    const { items } = await callApi<{ items: { proxy: string; startsAt: string; endsAt: string; reason: string }[] }>(
      await tokenOf('staff'),
      'GET',
      '/api/users/staff/proxies',
    );
    expect(items).toHaveLength(1);
    const shanghaiMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
    expect(items[0]).toMatchObject({ proxy: 'staff2', reason: '出差', startsAt: shanghaiMidnight(first) });
    expect(items[0].endsAt).toBe(shanghaiMidnight(dayFromNow(5)));

    // The same range again overlaps: refused, in Chinese.
    await pickOption(page, selectById(page, 'proxy'), '刘二 (staff2)', 'staff2');
    await inputs.nth(0).click();
    await inputs.nth(0).fill(first);
    await inputs.nth(1).click();
    await inputs.nth(1).fill(last);
    await page.locator('#reason').click();
    await form.locator('button[type=submit]').click();
    await form.locator('.ant-alert', { hasText: '该时间段与已有的代理时间重叠' }).waitFor();
    await staff.context.close();
  });

  it('the admin builds the org tree: creates, renames, moves a department and names its head', async () => {
    const page = admin.page;
    await page.locator('.ant-menu-item', { hasText: '组织架构' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/org');
    const tree = page.locator('[data-testid=department-tree]');
    await tree.locator('[data-department=sales]').click();
    await page.locator('button', { hasText: '新建下级部门' }).click();
    const form = page.locator('[data-testid=department-form]');
    await form.waitFor();
    await form.locator('#code').fill('County Sales');
    await page.locator('.ant-modal-footer button.ant-btn-primary').click();
    await form.locator('.ant-form-item-explain-error', { hasText: '编码只能由小写字母' }).waitFor();
    await form.locator('#code').fill('county-sales');
    await form.locator('#zh').fill('县区销售组');
    await form.locator('#en').fill('County sales');
    await page.locator('.ant-modal-footer button.ant-btn-primary').click();
    await page.locator('.ant-message-success', { hasText: '已创建部门 县区销售组' }).waitFor();

    await tree.locator('[data-department=county-sales]').click();
    const editor = page.locator('[data-testid=department-editor]');
    await editor.locator('#zh').fill('县区销售部');
    await pickOption(page, selectById(editor, 'parentId'), '总部 / 县级分公司', '县级');
    await pickOption(page, selectById(editor, 'head'), '周九 (sales)', '周九');
    await editor.locator('button[type=submit]').click();
    await page.locator('.ant-message-success', { hasText: '已保存' }).waitFor();
    await tree.locator('[data-department=county-sales]', { hasText: '县区销售部' }).waitFor();
    await screenshot(page, 'admin-org-tree');

    interface Node {
      id: string;
      code: string;
      name: { zh: string };
      head: string | null;
      children: Node[];
    }
    const { items } = await callApi<{ items: Node[] }>(await tokenOf('admin'), 'GET', '/api/departments');
    const all: Node[] = [];
    const walk = (nodes: Node[]) => nodes.forEach((node) => (all.push(node), walk(node.children)));
    walk(items);
    const branch = all.find((node) => node.code === 'county-branch');
    expect(branch?.children.map((child) => child.code)).toContain('county-sales');
    expect(all.find((node) => node.code === 'county-sales')).toMatchObject({
      name: { zh: '县区销售部' },
      head: 'sales',
    });
  });

  it('the admin sees and cancels that proxy from the users screen', async () => {
    const page = admin.page;
    await page.goto('/admin/users');
    const row = page.locator('[data-testid=users-table] tr[data-row-key=staff]');
    // antd spaces out two-character Chinese button labels ("代 理").
    await row.locator('button', { hasText: /^代\s*理$/ }).click();
    const drawer = page.locator('.ant-drawer');
    const range = drawer.locator('[data-testid=proxy-list] tbody tr', { hasText: '未开始' });
    await range.waitFor();
    await range.locator('button', { hasText: '取消代理' }).click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.locator('.ant-message-success', { hasText: '已取消代理' }).waitFor();
    await drawer.locator('[data-testid=proxy-list] tbody tr', { hasText: '已取消' }).waitFor();
    await screenshot(page, 'admin-user-proxies');
  });
});
