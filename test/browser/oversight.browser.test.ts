/**
 * The read-only lists of issue 15 in a real browser: the provincial Front sees its social
 * critiques with the seeds' totals (78 draft documents, 478 opinions), its supervisions with
 * "recommendations answered / made", and the complex situations it follows, at 390 px too; it
 * reports a new complex situation and moves it to "handling", and records a critique of a draft of
 * the provincial people's committee, which answers it, and a supervision of a commune, which
 * answers a recommendation.
 */
import { expect, it } from 'vitest';
import { DEMO_RECORD_FIGURES } from '../../server/demo/records.js';
import { PHONE, browserWorldOfFile, screenshot } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';
import { openSituation, recordSupervision } from './record-steps.js';

const MTTQ = 'mttq.langson@demo.phoihop.vn';
const UBND = 'ubnd.langson@demo.phoihop.vn';
const UBND_NAME = 'Ủy ban nhân dân tỉnh Lạng Sơn';
const HUU_LUNG = 'ubnd.xahuulung@demo.phoihop.vn';
const HUU_LUNG_NAME = 'Ủy ban nhân dân xã Hữu Lũng';
const world = browserWorldOfFile();

it('lists critiques with their totals, supervisions and complex situations', async () => {
  const page = await signedInPage(world().browser, world().appUrl, MTTQ, { viewport: PHONE });
  await page.goto(`${world().appUrl}oversight`);
  await page.getByRole('heading', { level: 1, name: text('oversight.title') }).waitFor();
  const tally = page.getByTestId('critique-tally');
  await tally.waitFor();
  expect(await tally.textContent()).toMatch(
    new RegExp(`^${DEMO_RECORD_FIGURES.critiques} dự thảo · ${DEMO_RECORD_FIGURES.opinions} ý kiến`),
  );
  await page
    .getByText(text('oversight.critiqueCount_other', { count: DEMO_RECORD_FIGURES.critiques }))
    .waitFor();
  expect(
    await page
      .getByRole('list', { name: text('oversight.critiques') })
      .getByRole('listitem')
      .count(),
  ).toBe(20);
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(page, '66-phone-critiques');

  await page.getByRole('tab', { name: text('oversight.supervisions') }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === 'supervisions');
  await page.getByTestId('supervision-tally').waitFor();

  await page.goto(`${world().appUrl}situations`);
  await page.getByRole('heading', { level: 1, name: text('situations.title') }).waitFor();
  await page.getByText(/^\d+ vụ việc$/).waitFor();
  await screenshot(page, '67-phone-situations');
  await page.getByRole('tab', { name: text('situations.reports') }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === 'reports');
  await page.getByText(/^\d+ báo cáo$/).waitFor();
  await page.context().close();
}, 60_000);

it('reports a complex situation and moves it on', async () => {
  const title = `Tranh chấp đất rừng giữa hai thôn ${Date.now()}`;
  const page = await signedInPage(world().browser, world().appUrl, MTTQ);
  const item = await openSituation(world(), page, title);

  await item.getByRole('button', { name: text('situations.changeStatus') }).click();
  const change = page.getByRole('dialog', { name: text('situations.changeStatusOf', { title }) });
  await change.getByRole('button', { name: text('common.save'), exact: true }).click();
  await change.waitFor({ state: 'hidden' });
  await item.getByText(text('situationStatus.HANDLING')).waitFor();
  const [row] = await world()
    .ts.orm.em.fork()
    .execute<{ status: string }[]>(`select status from complex_situation where title = ?`, [title]);
  expect(row.status).toBe('HANDLING');
  await screenshot(page, '68-situations');
  await page.context().close();
}, 60_000);

it('records a critique of a draft; the drafting body answers it, taking the opinions in', async () => {
  const draft = `Dự thảo Nghị quyết hỗ trợ đồng bào dân tộc thiểu số ${Date.now()}`;
  const front = await signedInPage(world().browser, world().appUrl, MTTQ);
  await front.goto(`${world().appUrl}oversight`);
  await front.getByTestId('critique-tally').waitFor();
  await front.getByRole('button', { name: text('oversight.recordCritique') }).click();
  const dialog = front.getByRole('dialog', { name: text('oversight.recordCritique') });
  await dialog.getByLabel(label('oversight.draftTitle')).fill(draft);
  await dialog.getByLabel(label('oversight.drafting')).first().fill('uy ban nhan dan tinh lang son');
  await front.getByRole('option', { name: UBND_NAME, exact: true }).click();
  await dialog.getByLabel(label('oversight.opinionsCount')).fill('12');
  await dialog.getByRole('button', { name: text('common.save'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await front.getByText(draft).waitFor();
  expect(await front.getByTestId('critique-tally').textContent()).toMatch(
    new RegExp(`^${DEMO_RECORD_FIGURES.critiques + 1} dự thảo · ${DEMO_RECORD_FIGURES.opinions + 12} ý kiến`),
  );
  await front.context().close();

  const drafter = await signedInPage(world().browser, world().appUrl, UBND);
  await drafter.goto(`${world().appUrl}oversight?side=of`);
  const item = drafter
    .getByRole('list', { name: text('oversight.critiques') })
    .getByRole('listitem')
    .filter({ hasText: draft });
  await item.getByText(text('oversight.unanswered')).waitFor();
  await item.getByRole('button', { name: text('oversight.answer') }).click();
  const answer = drafter.getByRole('dialog', { name: text('oversight.answerOf', { title: draft }) });
  await answer
    .getByLabel(label('oversight.answerText'))
    .fill('Tiếp thu toàn bộ 12 ý kiến, chỉnh sửa Điều 3.');
  await answer.getByRole('button', { name: text('common.save'), exact: true }).click();
  await answer.waitFor({ state: 'hidden' });
  await item.getByText(text('oversight.takenIn'), { exact: true }).waitFor();
  const [row] = await world()
    .ts.orm.em.fork()
    .execute<{ taken_in: boolean; answer: string }[]>(
      `select taken_in, answer from social_critique where draft_title = ?`,
      [draft],
    );
  expect(row).toEqual({ taken_in: true, answer: 'Tiếp thu toàn bộ 12 ý kiến, chỉnh sửa Điều 3.' });
  await drafter.context().close();
}, 60_000);

it('records a supervision with recommendations; the supervised commune answers one', async () => {
  const title = `Giám sát việc thực hiện quy chế dân chủ ở cơ sở ${Date.now()}`;
  const front = await signedInPage(world().browser, world().appUrl, MTTQ);
  await recordSupervision(world(), front, {
    title,
    subjectSearch: 'uy ban nhan dan xa huu lung',
    subjectName: HUU_LUNG_NAME,
    recommendations: [
      'Công khai thu chi ngân sách xã hằng quý.',
      'Tổ chức đối thoại với Nhân dân về đất đai.',
    ],
  });
  await front.context().close();

  const commune = await signedInPage(world().browser, world().appUrl, HUU_LUNG, { viewport: PHONE });
  await commune.goto(`${world().appUrl}oversight?tab=supervisions&side=of`);
  const item = commune
    .getByRole('list', { name: text('oversight.supervisions') })
    .getByRole('listitem')
    .filter({ hasText: title });
  await item.getByText(text('oversight.answeredOf', { answered: 0, made: 2 })).waitFor();
  await item
    .getByRole('button', { name: text('oversight.answerRecommendation') })
    .first()
    .click();
  const answer = commune.getByRole('dialog', {
    name: text('oversight.answerRecommendationOf', { position: 1 }),
  });
  await answer.getByLabel(label('oversight.answerText')).fill('Đã niêm yết công khai tại trụ sở từ quý IV.');
  await answer.getByRole('button', { name: text('common.save'), exact: true }).click();
  await answer.waitFor({ state: 'hidden' });
  await item.getByText(text('oversight.answeredOf', { answered: 1, made: 2 })).waitFor();
  await item.getByText('Đã niêm yết công khai tại trụ sở từ quý IV.').waitFor();
  expect(await commune.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(commune, '69-phone-supervision-answered');
  await commune.context().close();
}, 60_000);
