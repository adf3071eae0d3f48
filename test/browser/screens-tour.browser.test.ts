/**
 * A tour of every route of the client (client/src/app/routes.tsx) on the demo data, at desktop
 * (1280 px) and phone (390 px) width: each screen shows its `<h1>`, names itself in the browser
 * tab, logs no console error and, on the phone, has nothing to scroll sideways to. Screenshots
 * `tour-<screen>-desktop.png` / `tour-<screen>-phone.png` in test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_MEETING } from '../../server/demo/meeting-specs.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { browserWorldOfFile, DESKTOP, PHONE, screenshot } from './harness.js';
import { signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const HUU_LUNG = 'ubnd.xahuulung@demo.phoihop.vn';
const world = browserWorldOfFile();

/** A screen of the tour: its address, who visits it, its `<h1>` and the screen's name in the tab. */
interface Screen {
  name: string;
  path: string;
  heading: string;
  /** The tab's title before " – Phối hợp" (the heading unless said). */
  tab?: string;
  as?: 'commune' | 'signedOut';
}

/** One row's two columns from the demo database. */
async function row(sql: string, params: unknown[]): Promise<{ id: string; name: string }> {
  const [found] = await world().ts.orm.em.fork().execute<{ id: string; name: string }[]>(sql, params);
  if (!found) throw new Error(`no demo row for ${sql}`);
  return found;
}

/** A record's global ID as it goes in an address. */
const id = (type: string, uuid: string) => encodeURIComponent(toGlobalId(type, uuid));

/** Every route, with records of the demo data the visitor may read. */
async function screens(): Promise<Screen[]> {
  const org = await row(`select id, name from organization where code = ?`, [DEMO_ORG.massMobilization]);
  const program = await row(
    `select p.id, p.title as name from coordination_program p
       join program_participant pp on pp.program_id = p.id
       join organization o on o.id = pp.organization_id
      where o.code = ? order by p.code limit 1`,
    [DEMO_ORG.massMobilization],
  );
  const task = await row(
    `select t.id, t.title as name from task t
       join task_assignment a on a.task_id = t.id and a.role = 'LEAD' and a.ended_on is null
       join organization o on o.id = a.organization_id
      where o.code = ? order by t.due_on desc, t.id limit 1`,
    [DEMO_ORG.massMobilization],
  );
  const meeting = await row(
    `select id, title as name from meeting where title = ? order by starts_at limit 1`,
    [DEMO_MEETING.monthlyBriefing],
  );
  const model = await row(
    `select m.id, m.name from mass_mobilization_model m join organization o on o.id = m.owner_id
      where o.code = ? order by m.name limit 1`,
    [DEMO_ORG.massMobilization],
  );
  const petition = await row(
    `select p.id, p.subject as name from petition p join organization o on o.id = p.handler_id
      where o.code = ? order by p.received_on desc, p.id limit 1`,
    [DEMO_ORG.huuLungPeoplesCommittee],
  );
  return [
    { name: 'sign-in', path: 'sign-in', heading: text('auth.signInTitle'), as: 'signedOut' },
    { name: 'my-organizations', path: '', heading: text('dashboard.title') },
    { name: 'directory', path: 'directory', heading: text('directory.title') },
    {
      name: 'organization',
      path: `directory/organizations/${id('Organization', org.id)}`,
      heading: org.name,
    },
    { name: 'programs', path: 'programs', heading: text('programs.title') },
    { name: 'new-program', path: 'programs/new', heading: text('createProgram.title') },
    { name: 'program', path: `programs/${id('CoordinationProgram', program.id)}`, heading: program.name },
    { name: 'tasks', path: 'tasks', heading: text('tasks.title') },
    { name: 'new-task', path: 'tasks/new', heading: text('createTask.title') },
    { name: 'task', path: `tasks/${id('Task', task.id)}`, heading: task.name },
    { name: 'schedule-month', path: 'schedule?view=month', heading: text('schedule.title') },
    { name: 'schedule-week', path: 'schedule?view=week', heading: text('schedule.title') },
    { name: 'meeting', path: `schedule/meetings/${id('Meeting', meeting.id)}`, heading: meeting.name },
    { name: 'new-meeting', path: 'schedule/new', heading: text('scheduleMeeting.title') },
    { name: 'notifications', path: 'notifications', heading: text('notifications.title') },
    {
      name: 'notification-preferences',
      path: 'notifications/preferences',
      heading: text('preferences.title'),
    },
    { name: 'petitions', path: 'petitions', heading: text('petitions.title'), as: 'commune' },
    {
      name: 'petition',
      path: `petitions/${id('Petition', petition.id)}`,
      heading: petition.name,
      tab: text('petitions.documentTitle', { subject: petition.name }),
      as: 'commune',
    },
    { name: 'models', path: 'models', heading: text('models.title') },
    { name: 'model', path: `models/${id('MassMobilizationModel', model.id)}`, heading: model.name },
    { name: 'oversight', path: 'oversight', heading: text('oversight.title') },
    { name: 'situations', path: 'situations', heading: text('situations.title') },
    { name: 'not-found', path: 'khong-co-trang-nay', heading: text('notFound.title') },
  ];
}

/** Console errors and uncaught exceptions of a page, since the last `splice`. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Visits a screen, checks it and saves its screenshot. */
async function visit(
  page: Page,
  errors: string[],
  screen: Screen,
  width: 'desktop' | 'phone',
): Promise<void> {
  errors.splice(0);
  await page.goto(`${world().appUrl}${screen.path}`);
  const heading = page.getByRole('heading', { level: 1, name: screen.heading, exact: true });
  await heading.waitFor();
  // Settled: no spinner left on the page.
  await page.waitForFunction("!document.querySelector('.mantine-Loader-root')", undefined, {
    timeout: 15_000,
  });
  const where = `${screen.name} (${width})`;
  expect.soft(await heading.isVisible(), `${where}: heading`).toBe(true);
  expect
    .soft(await page.title(), `${where}: tab title`)
    .toBe(`${screen.tab ?? screen.heading} – ${text('app.name')}`);
  if (width === 'phone') {
    const overflow = await page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth');
    expect.soft(overflow, `${where}: sideways overflow (px)`).toBeLessThanOrEqual(1);
  }
  await screenshot(page, `tour-${screen.name}-${width}`);
  expect.soft(errors, `${where}: console errors`).toEqual([]);
}

describe('every screen at desktop and phone width', () => {
  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`${width}: heading, tab title, no console error, no sideways scroll`, async () => {
      const { browser, appUrl } = world();
      const all = await screens();
      const signedOut = await (await browser.newContext({ viewport, locale: 'vi-VN' })).newPage();
      const bdv = await signedInPage(browser, appUrl, BDV, { viewport });
      const commune = await signedInPage(browser, appUrl, HUU_LUNG, { viewport });
      const pages = { signedOut, bdv, commune };
      const errors = { signedOut: errorsOf(signedOut), bdv: errorsOf(bdv), commune: errorsOf(commune) };
      for (const screen of all) {
        const who = screen.as ?? 'bdv';
        await visit(pages[who], errors[who], screen, width);
      }
      await Promise.all(Object.values(pages).map((page) => page.context().close()));
    }, 240_000);
  }
});
