/**
 * Steps the browser tests of supervisions and complex situations share, taken by the provincial
 * Front (MTTQ) through the page's dialogs.
 */
import type { Locator, Page } from 'playwright-core';
import type { BrowserWorld } from './harness.js';
import { label, text } from './locale-text.js';

/**
 * Records a supervision of the organization found by `subjectSearch` (named `subjectName`) with
 * `recommendations` (one per line), from the oversight page's supervision tab.
 */
export async function recordSupervision(
  world: BrowserWorld,
  page: Page,
  supervision: { title: string; subjectSearch: string; subjectName: string; recommendations: string[] },
): Promise<void> {
  await page.goto(`${world.appUrl}oversight?tab=supervisions`);
  await page.getByRole('button', { name: text('oversight.recordSupervision') }).click();
  const dialog = page.getByRole('dialog', { name: text('oversight.recordSupervision') });
  await dialog.getByLabel(label('oversight.supervisionTitle')).fill(supervision.title);
  await dialog.getByLabel(label('oversight.subjectOrganization')).first().fill(supervision.subjectSearch);
  await page.getByRole('option', { name: supervision.subjectName, exact: true }).click();
  await dialog
    .getByLabel(label('oversight.findings'))
    .fill('Cơ bản thực hiện tốt; còn chậm công khai thu chi.');
  await dialog.getByLabel(label('oversight.recommendations')).fill(supervision.recommendations.join('\n\n'));
  await dialog.getByRole('button', { name: text('common.save'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(supervision.title).waitFor();
}

/** Opens a complex situation of `title` (default category, severity MEDIUM); returns its list item. */
export async function openSituation(world: BrowserWorld, page: Page, title: string): Promise<Locator> {
  await page.goto(`${world.appUrl}situations`);
  await page.getByRole('button', { name: text('situations.open') }).click();
  const dialog = page.getByRole('dialog', { name: text('situations.open') });
  await dialog.getByLabel(label('situations.titleLabel')).fill(title);
  await dialog
    .getByLabel(label('situations.description'))
    .fill('Hai thôn tranh chấp ranh giới đất rừng sản xuất.');
  await dialog.getByRole('button', { name: text('situations.openSubmit'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  const item = page
    .getByRole('list', { name: text('situations.listLabel') })
    .getByRole('listitem')
    .filter({ hasText: title });
  await item.getByText(text('situationStatus.EMERGING')).waitFor();
  return item;
}
