/**
 * Periodic reports in a real browser (issue 16): a commune's people's committee corrects its
 * returned annual report — a broken validation rule is named next to the fields — and submits
 * it; the provincial people's committee, its approver, returns it with a comment, then approves
 * the resubmitted report, and the commune opens a correction (a new version with its reason). Screenshots at desktop and 390 px phone width.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_REPORTS } from '../../server/demo/reports.js';
import { PHONE, browserWorldOfFile, screenshot, subscribed } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const COMMUNE = 'ubnd.xavanquan@demo.phoihop.vn';
const APPROVER = 'ubnd.langson@demo.phoihop.vn';
const COMMUNE_NAME = 'Ủy ban nhân dân xã Văn Quan';
const YEAR = text('reports.period.year', { year: DEMO_REPORTS.year });
const TITLE = `${DEMO_REPORTS.form.name} – ${YEAR}`;
const world = browserWorldOfFile();

/** Opens the commune's annual report from its list of reports. */
async function openCommuneReport(page: Page): Promise<void> {
  await page.goto(`${world().appUrl}reports`);
  await page.getByRole('link', { name: `${COMMUNE_NAME}: ${YEAR}` }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

const status = (page: Page, key: string) =>
  page.getByRole('table', { name: text('reports.facts.title') }).getByText(text(`reportStatus.${key}`));

it('submits a returned report, is returned again with a comment, resubmits, and is approved', async () => {
  const commune = await signedInPage(world().browser, world().appUrl, COMMUNE);
  await openCommuneReport(commune);
  await status(commune, 'RETURNED').waitFor();
  await commune.getByText(DEMO_REPORTS.returnComment).waitFor();
  // Counted indicators are read-only and say where they come from.
  const counted = commune.getByRole('textbox', { name: 'Số cuộc đối thoại với Nhân dân đã tổ chức' });
  expect(await counted.getAttribute('readonly')).not.toBeNull();
  await commune.getByText(text('reports.countedFrom.dialogues')).first().waitFor();

  // A broken rule is refused, named, and shown next to the indicators it concerns.
  const boards = commune.getByRole('textbox', { name: 'Số Ban Thanh tra nhân dân', exact: true });
  const members = commune.getByRole('textbox', { name: 'Số thành viên Ban Thanh tra nhân dân' });
  await boards.fill('5');
  await members.fill('3');
  await commune.getByRole('button', { name: text('reports.submit') }).click();
  const rule = 'Số thành viên Ban Thanh tra nhân dân không ít hơn số Ban';
  await commune.getByRole('alert').getByText(new RegExp(rule)).waitFor();
  await expect.poll(() => members.getAttribute('aria-invalid')).toBe('true');
  expect(await boards.getAttribute('aria-invalid')).toBe('true');
  await status(commune, 'RETURNED').waitFor(); // saved, not submitted
  await screenshot(commune, '70-report-rule-failed');

  await members.fill('40');
  await commune.getByRole('button', { name: text('reports.submit') }).click();
  await status(commune, 'SUBMITTED').waitFor();
  expect(await counted.inputValue()).not.toBe('');
  expect(await commune.getByRole('button', { name: text('reports.submit') }).count()).toBe(0);

  // The approver returns it with a comment.
  const approver = await signedInPage(world().browser, world().appUrl, APPROVER);
  const live = subscribed(world().ts, 'ReportNotification');
  await approver.goto(`${world().appUrl}reports/review`);
  const queue = approver.getByRole('list', { name: text('reports.review.listLabel') });
  const item = queue.getByRole('listitem').filter({ hasText: COMMUNE_NAME });
  await item.waitFor();
  await item.getByRole('button', { name: text('reports.review.return') }).click();
  const back = approver.getByRole('dialog', { name: text('reports.review.return') });
  const comment = 'Đề nghị bổ sung số hòa giải viên được tập huấn trong năm.';
  await back.getByLabel(label('reports.review.comment')).fill(comment);
  await back.getByRole('button', { name: text('reports.review.return') }).click();
  await back.waitFor({ state: 'hidden' });
  await approver.getByText(text('reports.review.empty')).waitFor();

  // The commune sees the comment and submits again; the approver approves.
  await openCommuneReport(commune);
  await status(commune, 'RETURNED').waitFor();
  await commune.getByText(comment).waitFor();
  await live; // the approver's queue listens for reports submitted to it
  await commune.getByRole('button', { name: text('reports.submit') }).click();
  await status(commune, 'SUBMITTED').waitFor();
  await screenshot(commune, '71-report-submitted');
  await item.waitFor(); // arrived live, without reloading the queue

  await approver.setViewportSize(PHONE);
  await approver.goto(`${world().appUrl}reports/review`);
  await item.waitFor();
  expect(await approver.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(approver, '72-phone-report-review');
  await item.getByRole('button', { name: text('reports.review.approve') }).click();
  const approve = approver.getByRole('dialog', { name: text('reports.review.approve') });
  await approve.getByRole('button', { name: text('reports.review.approve') }).click();
  await approve.waitFor({ state: 'hidden' });
  await approver.getByText(text('reports.review.empty')).waitFor();

  await openCommuneReport(commune);
  await status(commune, 'APPROVED').waitFor();
  // An approved report is locked: a correction is a new version with its reason.
  await commune.getByRole('button', { name: text('reports.correct.title') }).click();
  const correct = commune.getByRole('dialog', { name: text('reports.correct.title') });
  const reason = 'Bổ sung 2 tổ hòa giải thành lập trong tháng 12.';
  await correct.getByLabel(label('reports.correct.reason')).fill(reason);
  await correct.getByRole('button', { name: text('reports.correct.submit') }).click();
  await commune.getByText(text('reports.correctionTitle', { revision: 2 })).waitFor();
  await commune.getByText(reason).waitFor();
  await commune.getByRole('button', { name: text('reports.submit') }).waitFor();
  const rows = await world()
    .ts.orm.em.fork()
    .execute<{ status: string; revision: number }[]>(
      `select s.status, s.revision from report_submission s join organization o on o.id = s.organization_id
        where o.name = ? and s.period_key = ? order by s.revision`,
      [COMMUNE_NAME, DEMO_REPORTS.year],
    );
  expect(rows.map((r) => r.status)).toEqual(['APPROVED', 'DRAFT']);
  await commune.context().close();
  await approver.context().close();
}, 180_000);
