/**
 * Notifications in a real browser at phone width (issue 14, "Wrong today"): a task with a long
 * title assigned by Ban Dân vận reaches the Front as an item that links to the task, writes its
 * deadline the Vietnamese way (no ISO date) and shows its "Đánh dấu đã đọc" whole; Ban Dân vận
 * is not notified of its own action.
 */
import { expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_PASSWORD } from '../../server/demo/load-demo-data.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { browserWorldOfFile, PHONE, screenshot } from './harness.js';
import { signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const MTTQ = 'mttq.langson@demo.phoihop.vn';
const world = browserWorldOfFile();

/** Creates, as Ban Dân vận through the API, a task the Front coordinates; returns its ID. */
async function assignToFront(title: string, dueOn: string): Promise<string> {
  const { ts } = world();
  const signIn = await ts.gql<{ signIn: { accessToken: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email: BDV, password: DEMO_PASSWORD } },
  );
  const org = async (code: string) => {
    const [row] = await ts.orm.em
      .fork()
      .execute<{ id: string }[]>(`select id from organization where code = ?`, [code]);
    return toGlobalId('Organization', row.id);
  };
  const created = await ts.gql<{ createTask: { task: { id: string } } }>(
    'mutation ($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }',
    {
      input: {
        title,
        dueOn,
        lead: { organizationId: await org(DEMO_ORG.massMobilization) },
        coordinating: [{ organizationId: await org(DEMO_ORG.fatherlandFront) }],
      },
    },
    signIn.data!.signIn.accessToken,
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createTask.task.id;
}

it('links the item to its task, writes dates the Vietnamese way, fits a phone, and spares the actor', async () => {
  const title = `Vận động Nhân dân tham gia bảo vệ an ninh, trật tự khu vực biên giới, cửa khẩu và phòng, chống buôn lậu ${Date.now()}`;
  const due = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const taskId = await assignToFront(title, due);

  const front = await signedInPage(world().browser, world().appUrl, MTTQ, { viewport: PHONE });
  await front.goto(`${world().appUrl}notifications`);
  const item = front.getByRole('article').filter({ hasText: title }).first();
  await item.waitFor();
  const shown = (await item.textContent()) ?? '';
  expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  const markRead = item.getByRole('button', { name: /^Đánh dấu đã đọc/ });
  expect(
    await markRead.evaluate(
      (el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth <= el.clientWidth + 1,
    ),
  ).toBe(true);
  const box = await markRead.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  expect(
    await front.evaluate<number>('document.scrollingElement.scrollWidth - innerWidth'),
  ).toBeLessThanOrEqual(1);
  await screenshot(front, 'notifications-long-title-phone');
  await item.getByRole('link').first().click();
  await front.waitForURL((url) => decodeURIComponent(url.pathname).endsWith(`/tasks/${taskId}`));
  await front.getByRole('heading', { level: 1, name: title }).waitFor();

  const actor = await signedInPage(world().browser, world().appUrl, BDV, { viewport: PHONE });
  await actor.goto(`${world().appUrl}notifications`);
  await actor.getByRole('heading', { level: 1, name: text('notifications.title') }).waitFor();
  await actor.waitForFunction("!document.querySelector('.mantine-Loader-root')");
  expect(await actor.getByRole('article').filter({ hasText: title }).count()).toBe(0);
  await Promise.all([front.context().close(), actor.context().close()]);
}, 90_000);
