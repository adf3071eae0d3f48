/**
 * Steps the petition browser tests share: receiving a petition through the list's dialog, running
 * an action from its page, reading its row back from the database.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BrowserWorld } from './harness.js';
import { label, text } from './locale-text.js';

/** The petition row of `subject` in the database. */
export async function petitionRow(world: BrowserWorld, subject: string) {
  const [row] = await world.ts.orm.em
    .fork()
    .execute<
      { status: string; outcome: string | null; within_jurisdiction: boolean | null; due_on: string | null }[]
    >(`select status, outcome, within_jurisdiction, due_on::text from petition where subject = ?`, [subject]);
  return row;
}

/**
 * Receives a petition of `subject` through the dialog of the petition list of a user of the commune
 * of Hữu Lũng (the area defaults to the commune's own); ends on its page.
 */
export async function receive(
  world: BrowserWorld,
  page: Page,
  subject: string,
  petitioner: string,
  reception?: string,
): Promise<void> {
  await page.goto(`${world.appUrl}petitions`);
  await page.getByRole('heading', { level: 1, name: text('petitions.title') }).waitFor();
  await page.getByRole('button', { name: text('receivePetition.title') }).click();
  const dialog = page.getByRole('dialog', { name: text('receivePetition.title') });
  if (reception) {
    await dialog.getByLabel(label('receivePetition.receptionMeeting')).first().click();
    await page.getByRole('option', { name: new RegExp(`^${reception}`) }).click();
  }
  await dialog.getByLabel(label('receivePetition.subject')).fill(subject);
  await dialog.getByLabel(label('receivePetition.summary')).fill('Đề nghị xem xét lại mức hỗ trợ.');
  expect(await dialog.getByLabel(label('receivePetition.area')).first().inputValue()).toMatch(/Hữu Lũng/);
  await dialog.getByLabel(label('petitioner.fullName')).fill(petitioner);
  await dialog.getByLabel(label('petitioner.address')).fill('Thôn Đồng Tiến, xã Hữu Lũng');
  await dialog.getByLabel(label('petitioner.phone')).fill('0912 000 111');
  await dialog.getByRole('button', { name: text('receivePetition.submit'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: subject }).waitFor();
}

/** Runs a petition action from its page: opens its dialog, fills it (`fill`), confirms. */
export async function act(page: Page, key: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: text(key), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: text(key) });
  await fill?.(dialog);
  await dialog.getByRole('button', { name: text(key), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}
