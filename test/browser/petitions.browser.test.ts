/**
 * Petitions ("đơn thư") in a real browser (issue 15): the commune's people's committee receives a
 * petition, classifies it within its jurisdiction, starts and resolves it; another one it transfers
 * to a neighbouring commune, which is notified and sees it (with the petitioner) in its own list while the
 * first commune keeps the chain of handlers but no longer the petitioner. Screenshots at desktop
 * and 390 px phone width.
 */
import { expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_PASSWORD } from '../../server/demo/load-demo-data.js';
import { overdueSql } from '../../server/modules/petitions/petition.status.js';
import { graphql } from '../generated/index.js';
import { DESKTOP, PHONE, browserWorldOfFile, screenshot } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';
import { act, petitionRow, receive } from './petition-steps.js';

const HUU_LUNG = 'ubnd.xahuulung@demo.phoihop.vn';
const VAN_QUAN = 'ubnd.xavanquan@demo.phoihop.vn';
const VAN_QUAN_NAME = 'Ủy ban nhân dân xã Văn Quan';
const HUU_LUNG_NAME = 'Ủy ban nhân dân xã Hữu Lũng';
const world = browserWorldOfFile();

const SignIn = graphql(`
  mutation PetitionsBrowserSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken }
  }
`);
const ScheduleReception = graphql(`
  mutation PetitionsBrowserScheduleReception($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { id title } }
  }
`);

/** A citizen reception the commune's committee held yesterday (Vietnam time); returns its title. */
async function receptionYesterday(): Promise<string> {
  const { ts } = world();
  const [{ id }] = await ts.orm.em
    .fork()
    .execute<{ id: string }[]>(`select id from organization where name = ?`, [HUU_LUNG_NAME]);
  const token = (await ts.gql(SignIn, { input: { email: HUU_LUNG, password: DEMO_PASSWORD } })).data!.signIn
    .accessToken;
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() - 86_400_000),
  );
  const title = `Tiếp công dân định kỳ ${Date.now()}`;
  const { data } = await ts.gql(
    ScheduleReception,
    {
      input: {
        title,
        kind: 'CITIZEN_RECEPTION',
        hostOrganizationId: toGlobalId('Organization', id),
        startsAt: `${yesterday}T08:00:00+07:00`,
        endsAt: `${yesterday}T11:00:00+07:00`,
      },
    },
    token,
  );
  expect(data?.scheduleMeeting.meeting.title).toBe(title);
  return title;
}

it('receives, classifies, starts and resolves a petition; the list finds it among the resolved', async () => {
  const subject = `Kiến nghị hỗ trợ khắc phục sạt lở đất thôn Đồng Tiến ${Date.now()}`;
  const page = await signedInPage(world().browser, world().appUrl, HUU_LUNG);
  const reception = await receptionYesterday();
  await receive(world(), page, subject, 'Hoàng Văn Kiên', reception);
  const facts = page.getByRole('table', { name: text('petitions.facts') });
  await page.getByText(text('petitionStatus.RECEIVED'), { exact: true }).waitFor();
  await page
    .getByRole('table', { name: text('petitioner.title') })
    .getByText('Hoàng Văn Kiên')
    .waitFor();
  expect((await petitionRow(world(), subject)).status).toBe('RECEIVED');

  await act(page, 'petitionActions.classify');
  await page.getByText(text('petitionStatus.CLASSIFIED')).first().waitFor();
  await facts.getByText(text('petitions.withinJurisdiction')).waitFor();
  await facts.getByText(text('petitions.dueOn')).waitFor();
  const classified = await petitionRow(world(), subject);
  expect(classified).toMatchObject({ status: 'CLASSIFIED', within_jurisdiction: true });
  expect(classified.due_on).not.toBeNull();

  await act(page, 'petitionActions.start');
  await page.getByText(text('petitionStatus.IN_PROGRESS')).first().waitFor();

  // A follow-up task, led by the commune's committee (the default lead), is listed on the petition.
  await page.getByRole('button', { name: text('petitionActions.followUp'), exact: true }).click();
  const followUp = page.getByRole('dialog', { name: text('petitionActions.followUp') });
  const taskTitle = text('petitionActions.followUpTitle', { subject });
  expect(await followUp.getByLabel(label('createTask.taskTitle')).inputValue()).toBe(taskTitle);
  await followUp.getByRole('button', { name: text('createTask.submit'), exact: true }).click();
  await followUp.waitFor({ state: 'hidden' });
  await page
    .getByRole('list', { name: text('petitions.followUpTasks') })
    .getByRole('link', { name: taskTitle })
    .waitFor();

  const outcome = 'Đã hỗ trợ 20 triệu đồng khắc phục hậu quả, người dân đồng tình.';
  await page.getByRole('button', { name: text('petitionActions.resolve'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: text('petitionActions.resolve') });
  // A resolution without an outcome is refused before it is sent.
  await dialog.getByRole('button', { name: text('petitionActions.resolve'), exact: true }).click();
  await dialog.getByText(text('petitionActions.outcomeRequired')).waitFor();
  await dialog.getByLabel(label('petitionActions.outcome')).fill(outcome);
  await dialog.getByRole('button', { name: text('petitionActions.resolve'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(text('petitionStatus.RESOLVED')).first().waitFor();
  await facts.getByText(outcome).waitFor();
  expect(await page.getByRole('button', { name: text('petitionActions.transfer') }).count()).toBe(0);
  expect(await petitionRow(world(), subject)).toMatchObject({ status: 'RESOLVED', outcome });
  await screenshot(page, '60-petition-resolved');

  await page.goto(`${world().appUrl}petitions?status=RESOLVED`);
  await page.getByRole('link', { name: subject }).waitFor();
  await page.goto(`${world().appUrl}petitions?status=RECEIVED`);
  await page.getByText(/^\d+ đơn thư$/).waitFor();
  expect(await page.getByRole('link', { name: subject }).count()).toBe(0);
  await page.context().close();
}, 120_000);

it('lists the petitions past their time limit apart, each marked overdue', async () => {
  const [{ count }] = await world()
    .ts.orm.em.fork()
    .execute<{ count: number }[]>(
      `select count(*)::int as count from petition p join organization o on o.id = p.handler_id
        where o.name = ? and ${overdueSql('p')}`,
      [HUU_LUNG_NAME],
    );
  expect(count).toBeGreaterThan(0);
  const page = await signedInPage(world().browser, world().appUrl, HUU_LUNG);
  await page.goto(`${world().appUrl}petitions?deadline=overdue`);
  await page.getByText(text('petitions.count_other', { count })).waitFor();
  const items = page.getByRole('list', { name: text('petitions.listLabel') }).getByRole('listitem');
  expect(await items.count()).toBe(count);
  expect(await items.getByText(text('petitions.overdue'), { exact: true }).count()).toBe(count);
  await screenshot(page, '65-petitions-overdue');
  await page.context().close();
}, 60_000);

it('transfers a petition: the chain of handlers shows both, only the new handler reads the petitioner', async () => {
  const subject = `Phản ánh ô nhiễm nguồn nước suối Bản Chắt ${Date.now()}`;
  const page = await signedInPage(world().browser, world().appUrl, HUU_LUNG);
  await receive(world(), page, subject, 'Lộc Thị Mai');
  await act(page, 'petitionActions.transfer', async (dialog) => {
    await dialog.getByLabel(label('petitionActions.transferTo')).first().fill('uy ban nhan dan xa van quan');
    await page.getByRole('option', { name: VAN_QUAN_NAME }).click();
    await dialog
      .getByLabel(label('petitionActions.transferNote'))
      .fill('Nguồn nước thuộc địa bàn xã Văn Quan.');
  });
  const chain = page.getByRole('list', { name: text('petitions.handlers') });
  await chain.getByText(VAN_QUAN_NAME).waitFor();
  await chain.getByText(HUU_LUNG_NAME).waitFor();
  await chain.getByText('Nguồn nước thuộc địa bàn xã Văn Quan.').waitFor();
  // The former handler keeps the petition but no longer its petitioner, nor its actions.
  await page.getByText(text('petitioner.hidden')).waitFor();
  expect(await page.getByText('Lộc Thị Mai').count()).toBe(0);
  expect(await page.getByRole('button', { name: text('petitionActions.classify') }).count()).toBe(0);
  expect((await petitionRow(world(), subject)).status).toBe('TRANSFERRED');
  await page.context().close();

  const next = await signedInPage(world().browser, world().appUrl, VAN_QUAN, { viewport: PHONE });
  await next.goto(`${world().appUrl}petitions`);
  await next.getByLabel(label('petitions.search')).fill(subject.split(' ').slice(0, 6).join(' '));
  await next.getByRole('link', { name: subject }).click();
  await next.getByRole('heading', { level: 1, name: subject }).waitFor();
  // Its notification (the subject, never the petitioner) opens the petition too.
  await next.goto(`${world().appUrl}notifications`);
  await next.getByRole('link', { name: subject }).click();
  await next.getByRole('heading', { level: 1, name: subject }).waitFor();
  await next
    .getByRole('table', { name: text('petitioner.title') })
    .getByText('Lộc Thị Mai')
    .waitFor();
  await next.getByText(text('petitionStatus.TRANSFERRED')).first().waitFor();
  await next.getByRole('button', { name: text('petitionActions.classify'), exact: true }).waitFor();
  expect(await next.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(next, '61-phone-petition-transferred');
  await next.setViewportSize(DESKTOP);
  await screenshot(next, '62-petition-transferred');
  await next.context().close();
}, 120_000);
