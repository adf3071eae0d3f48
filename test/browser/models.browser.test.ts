/**
 * "Dân vận khéo" models in a real browser (issue 15): Ban Dân vận registers a model for last year,
 * records it as maintained this year, a commendation and a commune's adoption, and finds it in its list by year and
 * status; the provincial people's committee sees how many communes adopted the friendly-government
 * model. Screenshots at desktop and 390 px phone width.
 */
import { expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_FRIENDLY_GOVERNMENT_MODEL, DEMO_RECORD_FIGURES } from '../../server/demo/records.js';
import { PHONE, browserWorldOfFile, screenshot } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const UBND = 'ubnd.langson@demo.phoihop.vn';
const world = browserWorldOfFile();

/** This year in Vietnam. */
const thisYear = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(),
);

it('registers a model, records its status this year and a commendation; the list filters by year and status', async () => {
  const name = `Dân vận khéo trong xây dựng đường giao thông nông thôn ${Date.now()}`;
  const page = await signedInPage(world().browser, world().appUrl, BDV);
  await page.goto(`${world().appUrl}models`);
  await page.getByRole('heading', { level: 1, name: text('models.title') }).waitFor();
  await page.getByRole('button', { name: text('registerModel.title') }).click();
  const dialog = page.getByRole('dialog', { name: text('registerModel.title') });
  await dialog.getByLabel(label('registerModel.name')).fill(name);
  await dialog.getByLabel(label('registerModel.year')).first().click();
  await page.getByRole('option', { name: String(thisYear - 1), exact: true }).click();
  expect(await dialog.getByLabel(label('registerModel.area')).first().inputValue()).not.toBe('');
  await dialog.getByRole('button', { name: text('registerModel.submit'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const statuses = page.getByRole('table', { name: text('models.statuses') });
  await statuses.getByText(text('modelStatus.NEW')).waitFor();

  await page.getByRole('button', { name: text('modelActions.recordStatus'), exact: true }).click();
  const record = page.getByRole('dialog', { name: text('modelActions.recordStatus') });
  expect(await record.getByLabel(label('modelActions.year')).first().inputValue()).toBe(String(thisYear));
  await record
    .getByLabel(label('modelActions.note'))
    .fill('Hoàn thành 3,5 km đường bê tông do Nhân dân hiến đất.');
  await record.getByRole('button', { name: text('modelActions.recordStatus'), exact: true }).click();
  await record.waitFor({ state: 'hidden' });
  await statuses.getByText(text('modelStatus.MAINTAINED')).waitFor();
  await statuses.getByText('Hoàn thành 3,5 km đường bê tông do Nhân dân hiến đất.').waitFor();
  expect(await statuses.getByRole('row').count()).toBe(3); // the header, this year, last year

  await page.getByRole('button', { name: text('modelActions.commend'), exact: true }).click();
  const commend = page.getByRole('dialog', { name: text('modelActions.commend') });
  await commend.getByLabel(label('modelActions.commendedBy')).fill('Chủ tịch UBND tỉnh');
  await commend.getByLabel(label('modelActions.decisionNumber')).fill('1234/QĐ-UBND');
  await commend.getByRole('button', { name: text('modelActions.commend'), exact: true }).click();
  await commend.waitFor({ state: 'hidden' });
  await page
    .getByRole('list', { name: text('models.commendations') })
    .getByText(/1234\/QĐ-UBND/)
    .waitFor();

  // A commune adopts it: the model counts one adopter and lists it.
  await page.getByRole('button', { name: text('modelActions.adopt'), exact: true }).click();
  const adopt = page.getByRole('dialog', { name: text('modelActions.adopt') });
  await adopt.getByLabel(label('modelActions.adopter')).first().fill('uy ban nhan dan xa huu lung');
  await page.getByRole('option', { name: 'Ủy ban nhân dân xã Hữu Lũng' }).click();
  await adopt.getByRole('button', { name: text('common.save'), exact: true }).click();
  await adopt.waitFor({ state: 'hidden' });
  await page
    .getByRole('table', { name: text('models.facts') })
    .getByText(text('models.adoptedBy_other', { count: 1 }))
    .waitFor();
  await page.getByText(/^Ủy ban nhân dân xã Hữu Lũng, từ /).waitFor();

  const rows = await world()
    .ts.orm.em.fork()
    .execute<{ year: number; status: string }[]>(
      `select s.year, s.status from model_year_status s join mass_mobilization_model m on m.id = s.model_id
        where m.name = ? order by s.year`,
      [name],
    );
  expect(rows).toEqual([
    { year: thisYear - 1, status: 'NEW' },
    { year: thisYear, status: 'MAINTAINED' },
  ]);
  await screenshot(page, '63-model');

  await page.goto(`${world().appUrl}models?year=${thisYear}&status=MAINTAINED`);
  await page.getByRole('link', { name }).waitFor();
  await page.goto(`${world().appUrl}models?year=${thisYear}&status=NEW`);
  await page.getByText(/^\d+ mô hình$/).waitFor();
  expect(await page.getByRole('link', { name }).count()).toBe(0);
  await page.setViewportSize(PHONE);
  await page.goto(`${world().appUrl}models?year=${thisYear}&status=MAINTAINED`);
  await page.getByRole('link', { name }).waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(page, '64-phone-models');

  // The area filter survives a reload: the picker names the area kept in the URL.
  const [area] = await world()
    .ts.orm.em.fork()
    .execute<{ id: string; name: string }[]>(
      `select a.id, a.name from administrative_area a join mass_mobilization_model m on m.area_id = a.id
        where m.name = ?`,
      [name],
    );
  const areaParam = encodeURIComponent(toGlobalId('AdministrativeArea', area.id));
  await page.goto(`${world().appUrl}models?area=${areaParam}&q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name }).waitFor();
  await expect.poll(() => page.getByLabel(label('models.areaFilter')).first().inputValue()).toBe(area.name);
  await page.context().close();
}, 120_000);

it('shows how many communes adopted the friendly-government model', async () => {
  const page = await signedInPage(world().browser, world().appUrl, UBND);
  await page.goto(`${world().appUrl}models?q=${encodeURIComponent('chinh quyen than thien')}`);
  await page.getByRole('link', { name: DEMO_FRIENDLY_GOVERNMENT_MODEL }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_FRIENDLY_GOVERNMENT_MODEL }).waitFor();
  const adopted = text('models.adoptedBy_other', { count: DEMO_RECORD_FIGURES.friendlyGovernmentAdopters });
  await page
    .getByRole('table', { name: text('models.facts') })
    .getByText(adopted)
    .waitFor();
  // The adopters page by page.
  const adopters = page.getByRole('list', { name: text('models.adoptions') }).getByRole('listitem');
  await expect.poll(() => adopters.count()).toBe(20);
  await page.getByRole('button', { name: text('common.loadMore') }).click();
  await expect.poll(() => adopters.count()).toBe(40);
  await page.context().close();
}, 60_000);
