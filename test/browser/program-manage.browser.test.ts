/**
 * The lead of a program keeps it in a real browser (issue 14, "Missing from the client"): adds a
 * participant found by a few words ("lien doan lao dong lang son"), withdraws it (as of today), sets an
 * objective and records the value it has reached.
 */
import { expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { DEMO_PROGRAM } from '../../server/demo/programs.js';
import { browserWorldOfFile } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const world = browserWorldOfFile();

it('adds and withdraws a participant, sets an objective and records its value', async () => {
  const em = world().ts.orm.em.fork();
  const [program] = await em.execute<{ id: string }[]>(`select id from coordination_program where code = ?`, [
    DEMO_PROGRAM.actionProgram,
  ]);
  const [union] = await em.execute<{ name: string }[]>(`select name from organization where code = ?`, [
    DEMO_ORG.tradeUnion,
  ]);
  const page = await signedInPage(world().browser, world().appUrl, BDV);
  await page.goto(
    `${world().appUrl}programs/${encodeURIComponent(toGlobalId('CoordinationProgram', program.id))}`,
  );
  const participants = page.getByRole('list', { name: text('programs.participants') });
  await participants.waitFor();

  await page.getByRole('button', { name: text('programActions.addParticipant') }).click();
  const add = page.getByRole('dialog', { name: text('programActions.addParticipant') });
  await add.getByLabel(label('programActions.organization')).first().fill('lien doan lao dong lang son');
  await page.getByRole('option', { name: union.name }).click();
  await add.getByRole('button', { name: text('common.save') }).click();
  await add.waitFor({ state: 'detached' });
  const joined = participants.getByRole('listitem').filter({ hasText: union.name });
  await joined.getByText(text('participantRole.PARTNER')).waitFor();

  await joined.getByRole('button', { name: text('programActions.remove') }).click();
  const remove = page.getByRole('dialog', { name: text('programActions.removeTitle') });
  await remove.getByRole('button', { name: text('programActions.remove') }).click();
  await remove.waitFor({ state: 'detached' });
  // Its last day is today: it still takes part, and says until when.
  const today = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format();
  await joined.getByText(text('programs.leftOn', { date: today })).waitFor();
  expect(await joined.getByRole('button', { name: text('programActions.remove') }).count()).toBe(0);

  const objective = `Xã đạt chuẩn "Dân vận khéo" ${Date.now()}`;
  await page.getByRole('button', { name: text('programActions.setObjective') }).click();
  const set = page.getByRole('dialog', { name: text('programActions.setObjective') });
  await set.getByLabel(label('programActions.key')).fill(`xa-${Date.now()}`);
  await set.getByLabel(label('programActions.objectiveTitle')).fill(objective);
  await set.getByLabel(label('programActions.target')).fill('1200');
  await set.getByLabel(label('programActions.unit')).fill('xã');
  await set.getByRole('button', { name: text('common.save') }).click();
  await set.waitFor({ state: 'detached' });

  await page
    .getByRole('button', { name: text('programActions.recordValue') })
    .last()
    .click();
  const record = page.getByRole('dialog', {
    name: text('programActions.recordValueTitle', { title: objective }),
  });
  await record.getByLabel(`${text('programActions.value')} (xã)`).fill('7');
  await record.getByRole('button', { name: text('common.save') }).click();
  await record.waitFor({ state: 'detached' });
  await page
    .getByText(text('programs.objectiveValue', { value: '7', target: '1.200', unit: 'xã' }))
    .waitFor();
  await page.context().close();
}, 90_000);
