/**
 * The reports' overview screens in a real browser (issue 16): the provincial people's committee
 * reads the province's indicators rolled up from its communes' approved reports — the seeds'
 * figures (2,875 dialogues; 1,635 models; 166/200 = 83%; 29/39 resolved) with last year's
 * beside them —, drills down into a commune and back, downloads the table and the annual review,
 * and reads who has not reported.
 * Screenshots at desktop and 390 px phone width.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DEMO_REPORTS } from '../../server/demo/reports.js';
import { PHONE, browserWorldOfFile, screenshot } from './harness.js';
import { signedInPage, text } from './locale-text.js';

const UBND = 'ubnd.langson@demo.phoihop.vn';
const PROVINCE = 'Tỉnh Lạng Sơn';
const world = browserWorldOfFile();
const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
const totals = DEMO_REPORTS.communeTotals as Record<string, number>;

it("shows the province's figures, drills down to a commune and back", async () => {
  const page = await signedInPage(world().browser, world().appUrl, UBND);
  await page.goto(`${world().appUrl}reports/indicators?year=${DEMO_REPORTS.year}`);
  await page.getByRole('heading', { level: 1, name: text('reports.dashboard.title') }).waitFor();
  const headline = page.getByRole('list', { name: text('reports.dashboard.headline') });
  const card = (name: string) => headline.getByRole('listitem', { name });
  const models = totals.MODELS_MAINTAINED! + totals.MODELS_NEW!;
  await card('Số mô hình "Dân vận khéo" đăng ký').getByText(number(models), { exact: true }).waitFor();
  await card('Số mô hình duy trì').getByText(number(totals.MODELS_MAINTAINED!), { exact: true }).waitFor();
  await card('Số mô hình đăng ký mới').getByText(number(totals.MODELS_NEW!), { exact: true }).waitFor();
  await card('Số cuộc đối thoại với Nhân dân đã tổ chức')
    .getByText(number(totals.DIALOGUES_HELD!), { exact: true })
    .waitFor();
  await card('Tỷ lệ xã thực hiện mô hình "Chính quyền thân thiện"').getByText('166/200 = 83%').waitFor();
  await card('Tỷ lệ giải quyết đơn thuộc thẩm quyền')
    .getByText(/^29\/39 = 74,4%$/)
    .waitFor();

  // Bars and a table by child area: a commune's figure drills down, "up" comes back.
  const byArea = page.getByRole('table', { name: text('reports.dashboard.byChildAreaTable') });
  await page
    .getByRole('heading', { name: text('reports.dashboard.byChildArea', { area: PROVINCE }) })
    .waitFor();
  expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.recharts-line').count()).toBeGreaterThan(0);
  await screenshot(page, '73-report-indicators');
  const commune = byArea.getByRole('button').first();
  const communeName = (await commune.textContent())!;
  await commune.click();
  await page
    .getByRole('heading', { name: text('reports.dashboard.byChildArea', { area: communeName }) })
    .waitFor();
  await page.getByRole('button', { name: text('reports.dashboard.up') }).click();
  await page
    .getByRole('heading', { name: text('reports.dashboard.byChildArea', { area: PROVINCE }) })
    .waitFor();

  // Downloads: the table as CSV (Vietnamese title and headers), the annual review as DOCX.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('reports.dashboard.exportCsv') }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const table = readFileSync(await csv.path(), 'utf8');
  expect(table).toContain(PROVINCE);
  expect(table).toContain('Xã Văn Quan');
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: text('reports.dashboard.annualReview', { year: DEMO_REPORTS.year }) })
      .click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(
    new RegExp(`^bao-cao-tong-ket-dan-van-${DEMO_REPORTS.year}-.*\\.docx$`),
  );
  expect(
    readFileSync(await docx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK'); // a zip: the DOCX container

  await page.setViewportSize(PHONE);
  await page.reload();
  await card('Số mô hình "Dân vận khéo" đăng ký').getByText(number(models), { exact: true }).waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(page, '74-phone-report-indicators');
  await page.context().close();
}, 120_000);

it('shows the completeness of the annual reports and who has not reported', async () => {
  const page = await signedInPage(world().browser, world().appUrl, UBND);
  await page.goto(`${world().appUrl}reports/completeness`);
  await page.getByRole('heading', { level: 1, name: text('reports.completeness.title') }).waitFor();
  const summary = page.getByRole('table', { name: text('reports.completeness.summary') });
  await summary.getByRole('columnheader', { name: text('reports.completeness.expected') }).waitFor();
  const missing = page.getByRole('table', { name: text('reports.completeness.missingLabel') });
  await missing.getByText(text('reports.completeness.states.overdue')).first().waitFor();
  await missing
    .getByRole('row')
    .filter({ hasText: 'Ủy ban nhân dân xã Văn Quan' })
    .getByText(text('reports.completeness.states.returned'))
    .waitFor();
  expect(await missing.getByText(text('reports.completeness.states.overdue')).count()).toBe(
    DEMO_REPORTS.overdueCommunes,
  );
  await page.getByText(text('reports.completeness.reportingRate')).waitFor();
  await screenshot(page, '75-report-completeness');
  await page.setViewportSize(PHONE);
  await page.reload();
  await missing.waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(page, '76-phone-report-completeness');
  await page.context().close();
}, 120_000);
