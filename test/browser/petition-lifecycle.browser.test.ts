/**
 * A petition's whole way in a real browser (issue 15): the commune of Hữu Lũng receives it and
 * transfers it to the commune of Văn Quan, which finds it from its organization page (received
 * today), classifies it within its jurisdiction, starts it and resolves it with an outcome and a
 * date; the chain of handlers shows both communes. Screenshots at desktop and 390 px phone width.
 */
import { expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DESKTOP, PHONE, browserWorldOfFile, screenshot } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';
import { act, petitionRow, receive } from './petition-steps.js';

const HUU_LUNG = 'ubnd.xahuulung@demo.phoihop.vn';
const VAN_QUAN = 'ubnd.xavanquan@demo.phoihop.vn';
const VAN_QUAN_NAME = 'Ủy ban nhân dân xã Văn Quan';
const HUU_LUNG_NAME = 'Ủy ban nhân dân xã Hữu Lũng';
const world = browserWorldOfFile();

it('transfers a petition, which the new handler classifies, starts and resolves', async () => {
  const subject = `Khiếu nại về bồi thường giải phóng mặt bằng đường liên xã ${Date.now()}`;
  const first = await signedInPage(world().browser, world().appUrl, HUU_LUNG);
  await receive(world(), first, subject, 'Nông Văn Thắng');
  await act(first, 'petitionActions.transfer', async (dialog) => {
    await dialog.getByLabel(label('petitionActions.transferTo')).first().fill('uy ban nhan dan xa van quan');
    await first.getByRole('option', { name: VAN_QUAN_NAME }).click();
    await dialog
      .getByLabel(label('petitionActions.transferNote'))
      .fill('Tuyến đường thuộc địa bàn xã Văn Quan.');
  });
  expect((await petitionRow(world(), subject)).status).toBe('TRANSFERRED');
  await first.context().close();

  // The new handler reaches it from its organization page, among the petitions received today.
  const [{ id }] = await world()
    .ts.orm.em.fork()
    .execute<{ id: string }[]>(`select id from organization where name = ?`, [VAN_QUAN_NAME]);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const page = await signedInPage(world().browser, world().appUrl, VAN_QUAN);
  await page.goto(`${world().appUrl}directory/organizations/${toGlobalId('Organization', id)}`);
  await page.getByRole('heading', { level: 1, name: VAN_QUAN_NAME }).waitFor();
  await page
    .getByRole('main')
    .getByRole('link', { name: text('organization.petitions'), exact: true })
    .click();
  await page
    .getByRole('heading', { level: 1, name: text('petitions.ofOrganization', { name: VAN_QUAN_NAME }) })
    .waitFor();
  await page.goto(`${page.url()}?from=${today}&to=${today}`);
  expect(await page.getByLabel(label('petitions.receivedFrom')).inputValue()).toBe(today);
  await page.getByRole('link', { name: subject }).click();
  await page.getByRole('heading', { level: 1, name: subject }).waitFor();

  await act(page, 'petitionActions.classify');
  await page.getByText(text('petitionStatus.CLASSIFIED')).first().waitFor();
  await act(page, 'petitionActions.start');
  await page.getByText(text('petitionStatus.IN_PROGRESS')).first().waitFor();
  const outcome = 'Đã rà soát, điều chỉnh đơn giá bồi thường theo quy định; người khiếu nại đồng ý.';
  await act(page, 'petitionActions.resolve', async (dialog) => {
    await dialog.getByLabel(label('petitionActions.outcome')).fill(outcome);
    expect(await dialog.getByLabel(label('petitionActions.resolvedOn')).inputValue()).toBe(today);
  });
  await page.getByText(text('petitionStatus.RESOLVED')).first().waitFor();
  const facts = page.getByRole('table', { name: text('petitions.facts') });
  await facts.getByText(outcome).waitFor();
  await facts.getByText(text('petitions.closedOn')).waitFor();
  const chain = page.getByRole('list', { name: text('petitions.handlers') });
  await chain.getByText(HUU_LUNG_NAME).waitFor();
  await chain.getByText(VAN_QUAN_NAME).waitFor();
  await chain.getByText('Tuyến đường thuộc địa bàn xã Văn Quan.').waitFor();
  await page
    .getByRole('table', { name: text('petitioner.title') })
    .getByText('Nông Văn Thắng')
    .waitFor();
  expect(await petitionRow(world(), subject)).toMatchObject({ status: 'RESOLVED', outcome });
  await screenshot(page, '70-petition-transferred-resolved');
  // The screenshot waits for the layout to settle at phone width before it is measured.
  await page.setViewportSize(PHONE);
  await screenshot(page, '71-phone-petition-transferred-resolved');
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await page.setViewportSize(DESKTOP);
  await page.context().close();
}, 120_000);
