/**
 * The web client in a real browser (Debian's Chromium driven by playwright-core) against the
 * real server serving the built client, on a database holding the demo data: sign-in, the
 * viewer's organizations, the directory searched without diacritics, an organization's page,
 * the rename action shown only where `viewerCan.rename`, the language switch, and the menu
 * on a phone-sized screen. Screenshots of the main screens go to test-results/screenshots/.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PERSON } from '../../server/demo/load-demo-data.js';
import { graphql } from '../generated/index.js';
import type { TestServer } from '../helpers/server.js';
import { DESKTOP, PHONE, screenshot, startBrowserWorld, subscribed, type BrowserWorld } from './harness.js';

const USER_EMAIL = 'bandanvan.langson@demo.phoihop.vn';
const ADMIN_EMAIL = 'admin@demo.phoihop.vn';

const SignIn = graphql(`
  mutation BrowserSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken }
  }
`);
const ViewerRoles = graphql(`
  query BrowserViewerRoles { viewer { id roles { role isActive organization { id } } } }
`);
const FindOrganization = graphql(`
  query BrowserFindOrganization($search: String!) {
    organizations(filter: { search: $search }, first: 1) { edges { node { id name } } }
  }
`);
const Rename = graphql(`
  mutation BrowserRename($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) { organization { id name } }
  }
`);
const GrantRole = graphql(`
  mutation BrowserGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) { grant { id } }
  }
`);

let world: BrowserWorld;
let ts: TestServer;
let browser: Browser;
let appUrl: string;

async function token(email: string): Promise<string> {
  const result = await ts.gql(SignIn, { input: { email, password: DEMO_PASSWORD } });
  expect(result.errors).toBeUndefined();
  return result.data!.signIn.accessToken;
}

async function organizationId(search: string): Promise<string> {
  const result = await ts.gql(FindOrganization, { search }, await token(ADMIN_EMAIL));
  return result.data!.organizations.edges[0]!.node.id;
}

/** A fresh browser context (its own sessionStorage) signed in through the sign-in page. */
async function signedInPage(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(appUrl);
  await expect.poll(() => page.url()).toContain('/sign-in');
  await page.getByLabel('Thư điện tử').fill(USER_EMAIL);
  await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor();
  return { context, page };
}

beforeAll(async () => {
  world = await startBrowserWorld();
  ({ ts, browser, appUrl } = world);
}, 180_000);

afterAll(() => world?.stop());

describe('the web client in Chromium', () => {
  it('serves the client at / and keeps the API paths for the server', async () => {
    const page = await fetch(`${appUrl}directory/organizations/x`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${appUrl}healthz`)).status).toBe(200);
    expect((await fetch(`${appUrl}assets/missing.js`)).status).toBe(404);
    // Server paths are never answered with the client (the calendar feed may live there).
    expect(await (await fetch(`${appUrl}calendar/none.ics`)).text()).not.toContain('<div id="root">');
  });

  it('signs in and shows the viewer and their positions', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await screenshot(page, '01-sign-in');

    await page.getByLabel('Thư điện tử').fill(USER_EMAIL);
    await page.getByLabel(/^Mật khẩu/).fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Thư điện tử hoặc mật khẩu không đúng.').waitFor();

    await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor();
    await page.getByText(`Xin chào đồng chí ${DEMO_PERSON.massMobilizationHead}`).waitFor();
    await page.getByRole('link', { name: 'Ban Dân vận Tỉnh ủy Lạng Sơn' }).first().waitFor();
    await screenshot(page, '02-my-organizations');

    // A reload keeps the session (sessionStorage); signing out ends it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor();
    await page.getByRole('button', { name: /^Tài khoản:/ }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.getByText('Đồng chí đã đăng xuất.').waitFor();
    await page.goto(`${appUrl}directory`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await context.close();
  }, 60_000);

  it('searches the directory without diacritics and opens an organization with its head', async () => {
    const { context, page } = await signedInPage();
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Danh bạ' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Danh bạ' }).waitFor();

    await page.getByLabel('Tìm cơ quan, tổ chức').fill('tinh uy lang son');
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
    await results.getByRole('link', { name: 'Tỉnh ủy Lạng Sơn', exact: true }).waitFor();

    await page.getByLabel('Tìm cơ quan, tổ chức').fill('lang son');
    // "tinh uy lang son" already matched several (every word, in any order): wait for the new list.
    await expect.poll(() => results.getByRole('link').count()).toBeGreaterThan(5);
    const names = await results.getByRole('link').allTextContents();
    expect(names.every((name) => name.includes('Lạng Sơn'))).toBe(true);
    await expect.poll(() => page.url()).toContain('q=lang+son');
    await screenshot(page, '03-directory-search');

    // The area tree opens lazily: Việt Nam → its provinces.
    await page.getByRole('button', { name: 'Lọc theo Tỉnh Lạng Sơn' }).click();
    await page.getByText('Trong địa bàn: Tỉnh Lạng Sơn').waitFor();

    await results.getByRole('link', { name: 'Tỉnh ủy Lạng Sơn', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tỉnh ủy Lạng Sơn' }).waitFor();
    await expect
      .poll(() => page.getByTestId('organization-head').textContent())
      .toBe(DEMO_PERSON.provincialSecretary);
    await page.getByRole('list', { name: 'Tổ chức trực thuộc' }).getByRole('link').first().waitFor();
    await page
      .getByRole('list', { name: 'Tổ chức phối hợp cùng địa bàn' })
      .getByRole('link')
      .first()
      .waitFor();
    // This user holds no role on it: no rename.
    expect(await page.getByRole('button', { name: 'Đổi tên' }).count()).toBe(0);
    await screenshot(page, '04-organization');
    await context.close();
  }, 60_000);

  it('shows "rename" only where viewerCan.rename, and renames through the form', async () => {
    // The user administers its Ban Dân vận (granted here unless the demo data already does).
    const { viewer } = (await ts.gql(ViewerRoles, {}, await token(USER_EMAIL))).data!;
    const banDanVan = await organizationId('Ban Dân vận Tỉnh ủy Lạng Sơn');
    const isAdmin = viewer.roles.some(
      (grant) => grant.isActive && grant.role === 'ADMIN' && grant.organization.id === banDanVan,
    );
    if (!isAdmin) {
      const granted = await ts.gql(
        GrantRole,
        { input: { userId: viewer.id, organizationId: banDanVan, role: 'ADMIN' } },
        await token(ADMIN_EMAIL),
      );
      expect(granted.errors).toBeUndefined();
    }

    const { context, page } = await signedInPage();
    const live = subscribed(ts, 'OrganizationChanged');
    await page.getByRole('link', { name: 'Ban Dân vận Tỉnh ủy Lạng Sơn' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Ban Dân vận Tỉnh ủy Lạng Sơn' }).waitFor();
    await page.getByRole('button', { name: 'Đổi tên' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đổi tên tổ chức' });
    await dialog.getByLabel('Tên đầy đủ').fill('Ban Dân vận Tỉnh ủy Lạng Sơn (thử)');
    await screenshot(page, '05-rename');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ban Dân vận Tỉnh ủy Lạng Sơn (thử)' }).waitFor();
    await page.getByText('Đã đổi tên thành “Ban Dân vận Tỉnh ủy Lạng Sơn (thử)”.').waitFor();

    // Live over graphql-ws: a rename made elsewhere shows without a reload.
    await live;
    const renamed = await ts.gql(
      Rename,
      { input: { organizationId: banDanVan, name: 'Ban Dân vận Tỉnh ủy Lạng Sơn' } },
      await token(ADMIN_EMAIL),
    );
    expect(renamed.errors).toBeUndefined();
    await page
      .getByRole('heading', { level: 1, name: 'Ban Dân vận Tỉnh ủy Lạng Sơn', exact: true })
      .waitFor();

    // Its chain of command leads to the Tỉnh ủy, where this user is no ADMIN.
    await page
      .getByRole('navigation', { name: 'Vị trí trong danh bạ' })
      .getByRole('link', { name: 'Tỉnh ủy Lạng Sơn' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tỉnh ủy Lạng Sơn', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Đổi tên' }).count()).toBe(0);
    await context.close();
  }, 60_000);

  it('renews a refused or expiring access token once, and asks to sign in again when renewal fails', async () => {
    const { context, page } = await signedInPage();
    type Stored = { accessToken: string; accessTokenExpiresAt: string; refreshToken: string };
    const stored = () =>
      page.evaluate(() => JSON.parse(sessionStorage.getItem('phoihop.session') ?? 'null') as Stored | null);
    const tamper = (change: Partial<Stored>) =>
      page.evaluate((c) => {
        const session = JSON.parse(sessionStorage.getItem('phoihop.session')!);
        sessionStorage.setItem('phoihop.session', JSON.stringify({ ...session, ...c }));
      }, change);
    const home = page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' });

    // The server refuses the access token (UNAUTHENTICATED): one refresh, then the query is retried.
    await tamper({ accessToken: 'forged' });
    await page.reload();
    await home.waitFor();
    await page.getByText(`Xin chào đồng chí ${DEMO_PERSON.massMobilizationHead}`).waitFor();
    const renewed = (await stored())!;
    expect(renewed.accessToken).not.toBe('forged');

    // An access token about to expire is renewed before it is sent.
    await tamper({ accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString() });
    await page.reload();
    await home.waitFor();
    await expect.poll(async () => (await stored())?.refreshToken).not.toBe(renewed.refreshToken);

    // Neither token works: back to the sign-in page, saying why.
    await tamper({ accessToken: 'forged', refreshToken: 'spent' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await page.getByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.').waitFor();
    expect(await stored()).toBeNull();
    await context.close();
  }, 60_000);

  it('switches to English and back', async () => {
    const { context, page } = await signedInPage();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My agency' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Directory' })
      .waitFor();
    await screenshot(page, '06-english');
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor();
    await context.close();
  }, 60_000);

  it('reaches every page through the menu on a phone-sized screen', async () => {
    const { context, page } = await signedInPage(PHONE);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link', { name: 'Danh bạ' }).isVisible()).toBe(false);
    const burger = page.getByRole('button', { name: 'Mở menu' });
    await burger.click();
    await nav.getByRole('link', { name: 'Danh bạ' }).waitFor({ state: 'visible' });
    await screenshot(page, '07-phone-menu');
    await nav.getByRole('link', { name: 'Danh bạ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Danh bạ' }).waitFor();
    await nav.getByRole('link', { name: 'Danh bạ' }).waitFor({ state: 'hidden' });
    await page.getByLabel('Tìm cơ quan, tổ chức').fill('lang son');
    await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first().waitFor();
    await screenshot(page, '08-phone-directory');

    // Keyboard: the menu button opens the menu too, and every module has its page.
    await page.getByRole('button', { name: 'Mở menu' }).focus();
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: /Lịch/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Lịch' }).waitFor();
    await page.getByRole('heading', { name: 'Các cuộc họp trong khoảng đang xem' }).waitFor();
    await context.close();
  }, 60_000);
});
