/**
 * A task's lead edits it in a real browser (issue 14, "Missing from the client"): corrects its
 * title, description and deadline ("Sửa nhiệm vụ", the corrected deadline kept in its history
 * without a reason), then adds a coordinating agency with its own due date (`assignTask`).
 */
import { expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { browserWorldOfFile } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const FRONT = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn';
const DAY = 86_400_000;
const world = browserWorldOfFile();

/** `YYYY-MM-DD` `days` after `date`, and as the page writes it. */
function later(date: string, days: number): [string, string] {
  const iso = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  return [iso, iso.split('-').toReversed().join('/')];
}

it('corrects a task’s title, description and deadline, and adds a coordinating agency with its due date', async () => {
  const em = world().ts.orm.em.fork();
  const [task] = await em.execute<{ id: string; due: string }[]>(
    `select t.id, t.due_on::text as due from task t
       join task_assignment a on a.task_id = t.id and a.role = 'LEAD' and a.ended_on is null
       join organization o on o.id = a.organization_id
      where o.code = ? and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED') and t.due_on > current_date
        and not exists (select 1 from task_assignment c join organization f on f.id = c.organization_id
                         where c.task_id = t.id and c.ended_on is null and f.code = ?)
      order by t.due_on desc limit 1`,
    [DEMO_ORG.massMobilization, DEMO_ORG.fatherlandFront],
  );
  expect(task).toBeDefined();
  const page = await signedInPage(world().browser, world().appUrl, BDV);
  await page.goto(`${world().appUrl}tasks/${encodeURIComponent(toGlobalId('Task', task.id))}`);

  const title = `Tổng kết mô hình dân vận khéo (đính chính) ${Date.now()}`;
  const [due, dueShown] = later(task.due, 3);
  await page.getByRole('button', { name: text('tasks.edit') }).click();
  const dialog = page.getByRole('dialog', { name: text('tasks.edit') });
  await dialog.getByLabel(label('createTask.taskTitle')).fill(title);
  await dialog.getByLabel(label('createTask.description')).fill('Báo cáo bằng văn bản về Ban Dân vận.');
  await dialog.getByLabel(label('createTask.dueOn')).fill(due);
  await dialog.getByRole('button', { name: text('common.save') }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('Báo cáo bằng văn bản về Ban Dân vận.').waitFor();
  await page.getByText(dueShown).first().waitFor();
  const changes = await em.execute<{ reason: string | null; due: string }[]>(
    'select reason, due_on::text as due from task_deadline_change where task_id = ?',
    [task.id],
  );
  expect(changes).toEqual([{ reason: null, due }]);

  const [frontDue, frontDueShown] = later(task.due, 1);
  await page.getByRole('button', { name: text('taskAgencies.assign') }).click();
  const assign = page.getByRole('dialog', { name: text('taskAgencies.assign') });
  await assign.getByLabel(label('taskAgencies.organization')).first().fill('mttq lang son');
  await page.getByRole('option', { name: FRONT }).click();
  await assign.getByLabel(label('taskAgencies.dueOn')).fill(frontDue);
  await assign.getByRole('button', { name: text('common.save') }).click();
  await assign.waitFor({ state: 'detached' });
  const part = page.getByTestId('agency-part').filter({ hasText: FRONT });
  await part.getByText(`${text('taskAgencies.due')}: ${frontDueShown}`).waitFor();
  await part.getByText(text('taskAgencies.notReported')).waitFor();
  await page.context().close();
}, 90_000);
