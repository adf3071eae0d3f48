/**
 * A supervision's recommendation turned into a task in a real browser (issue 15): the provincial
 * Front supervises the commune of Hữu Lũng and makes the first recommendation a task; the lead
 * proposed is the Front itself, as it does not coordinate the commune's committee. The commune
 * answers the recommendation among the unanswered ones and then finds it among the answered ones. Screenshots at desktop and 390 px phone width.
 */
import { expect, it } from 'vitest';
import { DESKTOP, PHONE, browserWorldOfFile, screenshot } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';
import { recordSupervision } from './record-steps.js';

const MTTQ = 'mttq.langson@demo.phoihop.vn';
const HUU_LUNG = 'ubnd.xahuulung@demo.phoihop.vn';
const HUU_LUNG_NAME = 'Ủy ban nhân dân xã Hữu Lũng';
const MTTQ_NAME = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn';
const world = browserWorldOfFile();

it('turns a recommendation into a task; the supervised commune answers it', async () => {
  const title = `Giám sát công tác giải quyết đơn thư ở cơ sở ${Date.now()}`;
  const recommendation = `Giải quyết dứt điểm các đơn tồn đọng trước quý II ${Date.now()}`;
  const front = await signedInPage(world().browser, world().appUrl, MTTQ);
  await recordSupervision(world(), front, {
    title,
    subjectSearch: 'uy ban nhan dan xa huu lung',
    subjectName: HUU_LUNG_NAME,
    recommendations: [recommendation, 'Niêm yết công khai lịch tiếp công dân.'],
  });
  const item = front
    .getByRole('list', { name: text('oversight.supervisions') })
    .getByRole('listitem')
    .filter({ hasText: title });
  await item
    .getByRole('button', { name: text('oversight.turnIntoTask') })
    .first()
    .click();
  const dialog = front.getByRole('dialog', { name: text('oversight.turnIntoTaskOf', { position: 1 }) });
  expect(await dialog.getByLabel(label('createTask.taskTitle')).inputValue()).toBe(recommendation);
  // The Front does not coordinate the commune's committee: the lead proposed is the Front itself.
  await dialog.getByText(text('oversight.leadHint', { name: HUU_LUNG_NAME })).waitFor();
  expect(await dialog.getByLabel(label('oversight.leadOrganization')).first().inputValue()).toBe(MTTQ_NAME);
  await dialog.getByRole('button', { name: text('createTask.submit'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await item.getByRole('link', { name: recommendation }).waitFor();
  expect(await item.getByRole('button', { name: text('oversight.turnIntoTask') }).count()).toBe(1);
  const [row] = await world()
    .ts.orm.em.fork()
    .execute<{ lead: string }[]>(
      `select o.name as lead from supervision_recommendation r
         join task t on t.id = r.task_id
         join task_assignment a on a.task_id = t.id and a.role = 'LEAD'
         join organization o on o.id = a.organization_id
        where r.content = ?`,
      [recommendation],
    );
  expect(row.lead).toBe(MTTQ_NAME);
  await screenshot(front, '72-recommendation-task');
  await front.context().close();

  const commune = await signedInPage(world().browser, world().appUrl, HUU_LUNG, { viewport: PHONE });
  await commune.goto(`${world().appUrl}oversight?tab=supervisions&side=of&answered=unanswered`);
  const mine = commune
    .getByRole('list', { name: text('oversight.supervisions') })
    .getByRole('listitem')
    .filter({ hasText: title });
  await mine
    .getByRole('button', { name: text('oversight.answerRecommendation') })
    .first()
    .click();
  const answer = commune.getByRole('dialog', {
    name: text('oversight.answerRecommendationOf', { position: 1 }),
  });
  await answer.getByLabel(label('oversight.answerText')).fill('Đã giải quyết xong 12/12 đơn tồn đọng.');
  await answer.getByRole('button', { name: text('common.save'), exact: true }).click();
  await answer.waitFor({ state: 'hidden' });
  await mine.getByText(text('oversight.answeredOf', { answered: 1, made: 2 })).waitFor();
  // Among the unanswered, only the second recommendation is left.
  expect(await mine.getByText('Đã giải quyết xong 12/12 đơn tồn đọng.').count()).toBe(0);
  await commune.goto(`${world().appUrl}oversight?tab=supervisions&side=of&answered=answered`);
  await mine.getByText('Đã giải quyết xong 12/12 đơn tồn đọng.').waitFor();
  expect(await mine.getByText('Niêm yết công khai lịch tiếp công dân.').count()).toBe(0);
  expect(await commune.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(commune, '73-phone-recommendation-answered');
  await commune.setViewportSize(DESKTOP);
  await commune.context().close();
}, 120_000);
