/**
 * The person in charge (người phụ trách) in the task forms (issue 14): a new task's lead gets its
 * person in charge from "Giao nhiệm vụ", a coordinating agency its own from "Thêm cơ quan phối
 * hợp", a new lead its own from "Đổi cơ quan chủ trì", and the task page names each beside its agency.
 */
import { expect, it } from 'vitest';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { browserWorldOfFile } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const FRONT = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn';
const world = browserWorldOfFile();

it('sets the person in charge of the lead, of a coordinating agency and of a new lead, and shows them on the task', async () => {
  const people = await world()
    .ts.orm.em.fork()
    .execute<{ name: string }[]>(
      `select full_name as name from person p
        where (select count(*) from person q where q.full_name = p.full_name) = 1
        order by full_name limit 3`,
    );
  expect(people).toHaveLength(3);
  const [leadPerson, frontPerson, newLeadPerson] = people.map((p) => p.name);
  const [farmers] = await world()
    .ts.orm.em.fork()
    .execute<{ name: string }[]>('select name from organization where code = ?', [
      DEMO_ORG.farmersAssociation,
    ]);
  const page = await signedInPage(world().browser, world().appUrl, BDV);
  await page.goto(`${world().appUrl}tasks/new`);

  const title = `Rà soát tổ dân vận khéo ${Date.now()}`;
  await page.getByLabel(label('createTask.taskTitle')).fill(title);
  await page.getByLabel(label('taskAgencies.personInCharge')).first().fill(leadPerson);
  await page.getByRole('option', { name: leadPerson }).click();
  await page
    .getByRole('button', { name: text('createTask.submit') })
    .last()
    .click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const lead = page.getByTestId('agency-part').filter({ hasText: text('assignmentRole.LEAD') });
  await lead.getByText(`${text('taskAgencies.personInChargeShort')}: ${leadPerson}`).waitFor();

  await page.getByRole('button', { name: text('taskAgencies.assign') }).click();
  const assign = page.getByRole('dialog', { name: text('taskAgencies.assign') });
  await assign.getByLabel(label('taskAgencies.organization')).first().fill('mttq lang son');
  await page.getByRole('option', { name: FRONT }).click();
  await assign.getByLabel(label('taskAgencies.personInCharge')).first().fill(frontPerson);
  await page.getByRole('option', { name: frontPerson }).click();
  await assign.getByRole('button', { name: text('common.save') }).click();
  await assign.waitFor({ state: 'detached' });
  const front = page.getByTestId('agency-part').filter({ hasText: FRONT });
  await front.getByText(`${text('taskAgencies.personInChargeShort')}: ${frontPerson}`).waitFor();

  await page.getByRole('button', { name: text('tasks.reassignLead') }).click();
  const reassign = page.getByRole('dialog', { name: text('tasks.reassignLead') });
  await reassign.getByLabel(label('tasks.newLead')).first().fill('hoi nong dan lang son');
  await page.getByRole('option', { name: farmers.name }).click();
  await reassign.getByLabel(label('taskAgencies.personInCharge')).first().fill(newLeadPerson);
  await page.getByRole('option', { name: newLeadPerson }).click();
  await reassign.getByRole('button', { name: text('common.save') }).click();
  await reassign.waitFor({ state: 'detached' });
  const newLead = page
    .getByTestId('agency-part')
    .filter({ hasText: text('assignmentRole.LEAD') })
    .filter({ hasText: farmers.name });
  await newLead.getByText(`${text('taskAgencies.personInChargeShort')}: ${newLeadPerson}`).waitFor();
  await page.context().close();
}, 90_000);
