/**
 * A complex situation escalated and given a response program in a real browser (issue 15): the
 * provincial Front opens one, raises it to "high" bringing the provincial people's committee into
 * its handling, then starts its response program in one step and opens it. Screenshots at desktop
 * and 390 px phone width.
 */
import { expect, it } from 'vitest';
import { DESKTOP, PHONE, browserWorldOfFile, screenshot } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';
import { openSituation } from './record-steps.js';

const MTTQ = 'mttq.langson@demo.phoihop.vn';
const UBND_NAME = 'Ủy ban nhân dân tỉnh Lạng Sơn';
const world = browserWorldOfFile();

it('escalates a situation and starts its response program', async () => {
  const title = `Khiếu kiện đông người về đền bù dự án khu công nghiệp ${Date.now()}`;
  const page = await signedInPage(world().browser, world().appUrl, MTTQ);
  const item = await openSituation(world(), page, title);

  await item.getByRole('button', { name: text('situations.escalate') }).click();
  const escalate = page.getByRole('dialog', { name: text('situations.escalateOf', { title }) });
  expect(await escalate.getByLabel(label('situations.newSeverity')).first().inputValue()).toBe(
    text('situationSeverity.HIGH'),
  );
  await escalate.getByLabel(label('situations.joining')).first().fill('uy ban nhan dan tinh lang son');
  await page.getByRole('option', { name: UBND_NAME, exact: true }).click();
  // Close the picker's dropdown, which covers the dialog's buttons.
  await escalate.getByRole('heading').click();
  await escalate.getByRole('button', { name: text('situations.escalateSubmit'), exact: true }).click();
  await escalate.waitFor({ state: 'hidden' });
  await item.getByText(text('situationSeverity.HIGH'), { exact: true }).waitFor();
  await item.getByText(new RegExp(UBND_NAME)).waitFor();
  const orm = world().ts.orm.em.fork();
  const [row] = await orm.execute<{ severity: string }[]>(
    `select severity from complex_situation where title = ?`,
    [title],
  );
  expect(row.severity).toBe('HIGH');

  const code = `PA-${Date.now()}`;
  await item.getByRole('button', { name: text('situations.startProgram') }).click();
  const start = page.getByRole('dialog', { name: text('situations.startProgramOf', { title }) });
  const programTitle = text('situations.programTitleDefault', { title });
  expect(await start.getByLabel(label('situations.programTitle')).inputValue()).toBe(programTitle);
  await start.getByLabel(label('situations.programCode')).fill(code);
  await start.getByRole('button', { name: text('situations.startProgramSubmit'), exact: true }).click();
  await start.waitFor({ state: 'hidden' });
  const link = item.getByRole('link', { name: `${code} — ${programTitle}` });
  await link.waitFor();
  expect(await item.getByRole('button', { name: text('situations.startProgram') }).count()).toBe(0);
  const [program] = await orm.execute<{ code: string }[]>(
    `select p.code from complex_situation s join coordination_program p on p.id = s.response_program_id
      where s.title = ?`,
    [title],
  );
  expect(program.code).toBe(code);
  await screenshot(page, '74-situation-escalated');
  // The screenshot waits for the layout to settle at phone width before it is measured.
  await page.setViewportSize(PHONE);
  await screenshot(page, '75-phone-situation-escalated');
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await page.setViewportSize(DESKTOP);
  await link.click();
  await page.getByRole('heading', { level: 1, name: programTitle }).waitFor();
  await page.context().close();
}, 120_000);
