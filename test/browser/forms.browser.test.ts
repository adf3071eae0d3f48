/**
 * The client's one form pattern (`useMutationForm` / `ModalForm`) in a real browser: the checks'
 * messages come from the locale files once a submit was tried and follow the values; a modal
 * starts afresh each time it opens; a BAD_USER_INPUT naming a field (`extensions.field`) is shown
 * under that field, any other refusal in the form's alert by its `extensions.code`; a successful
 * submit closes the dialog. The server's two refusals are answered by the page's network route,
 * so the test does not depend on a way to provoke them.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserWorldOfFile } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const DAY = 86_400_000;

const world = browserWorldOfFile();
const signedIn = (email: string) => signedInPage(world().browser, world().appUrl, email);

/** Lets the test answer chosen requests with GraphQL errors instead of the server, once each, in order. */
async function refusals(
  page: Page,
): Promise<(operationName: string, extensions: Record<string, string>) => void> {
  const queue: { operationName: string; extensions: Record<string, string> }[] = [];
  await page.route('**/graphql', (route: Route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    const next = queue[0]?.operationName === body?.operationName ? queue.shift() : undefined;
    if (!next) return route.fallback();
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ data: null, errors: [{ message: 'refused', extensions: next.extensions }] }),
    });
  });
  return (operationName, extensions) => queue.push({ operationName, extensions });
}

describe('client forms in Chromium', () => {
  it('shows checks from the locale files, server refusals by field or code, and starts afresh', async () => {
    const page = await signedIn(BDV);
    const refuseOnce = await refusals(page);

    // A page form: the title's message appears on submit and goes once it is filled.
    await page.goto(`${world().appUrl}tasks/new`);
    await page.getByRole('heading', { level: 1, name: text('createTask.title') }).waitFor();
    const createForm = page.getByRole('form', { name: text('createTask.title') });
    await createForm
      .getByLabel(label('createTask.dueOn'))
      .fill(new Date(Date.now() + DAY).toISOString().slice(0, 10));
    await createForm.getByRole('button', { name: text('createTask.submit') }).click();
    await createForm.getByText(text('createTask.titleRequired')).waitFor();
    const title = `Biểu mẫu thử ${Date.now()}`;
    await createForm.getByLabel(label('createTask.taskTitle')).fill(title);
    await createForm.getByText(text('createTask.titleRequired')).waitFor({ state: 'detached' });
    await createForm.getByRole('button', { name: text('createTask.submit') }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // A modal form: the same, and "Cancel" then opening again starts from nothing.
    await page.getByRole('button', { name: text('tasks.urge'), exact: true }).click();
    let dialog = page.getByRole('dialog', { name: text('tasks.urge') });
    await dialog.getByRole('button', { name: text('tasks.send') }).click();
    await dialog.getByText(text('tasks.urgeMessageRequired')).waitFor();
    await dialog.getByLabel(label('tasks.urgeMessage')).fill('Đề nghị báo cáo sớm.');
    await dialog.getByText(text('tasks.urgeMessageRequired')).waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: text('common.cancel') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: text('tasks.urge'), exact: true }).click();
    dialog = page.getByRole('dialog', { name: text('tasks.urge') });
    expect(await dialog.getByLabel(label('tasks.urgeMessage')).inputValue()).toBe('');
    expect(await dialog.getByText(text('tasks.urgeMessageRequired')).count()).toBe(0);

    // BAD_USER_INPUT naming the field: the message is under that field, no alert.
    const message = `Đề nghị báo cáo tiến độ trước ngày mai ${Date.now()}.`;
    await dialog.getByLabel(label('tasks.urgeMessage')).fill(message);
    refuseOnce('UrgeTask', { code: 'BAD_USER_INPUT', field: 'message' });
    await dialog.getByRole('button', { name: text('tasks.send') }).click();
    await dialog.getByText(text('errors.invalidField')).waitFor();
    expect(await dialog.getByText(text('errors.title')).count()).toBe(0);

    // Any other code: the form's alert says it in plain words; the dialog stays open.
    refuseOnce('UrgeTask', { code: 'CONFLICT' });
    await dialog.getByRole('button', { name: text('tasks.send') }).click();
    await dialog.getByText(text('errors.CONFLICT')).waitFor();

    // Accepted: the dialog closes and the follow-up is on the page.
    await dialog.getByRole('button', { name: text('tasks.send') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(message).waitFor();
    await page.context().close();
  }, 120_000);
});
