import { uuidArray } from '../../core/access.js';
import { type Plain, readRows } from '../../core/read/rows.js';
import { byId, groupBy } from '../../core/loaders.js';
import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import { Person } from './person.entity.js';
import { Position } from './position.entity.js';
import { Responsibility } from './responsibility.entity.js';
import { isRunningOn } from './term.js';

/** People by id, one query per batch. */
export const personById: LoaderFactory<string, Plain<Person> | null> = byId(Person);

/** Positions by id, one query per batch. */
export const positionById: LoaderFactory<string, Plain<Position> | null> = byId(Position);

/** Responsibilities by id, one query per batch. */
export const responsibilityById: LoaderFactory<string, Plain<Responsibility> | null> = byId(Responsibility);

/** Every position (past, current, future) in each organization: heads first, then by start date. */
export const positionsByOrganization: LoaderFactory<string, Plain<Position>[]> =
  (ctx: Context) => async (ids) => {
    const rows = await readRows(
      ctx.em,
      Position,
      `select * from position where organization_id = any(?::uuid[])
        order by is_head desc, starts_on asc, id asc`,
      [uuidArray(ids)],
    );
    return groupBy(ids, rows, (p) => p.organization.id);
  };

/** Every position each person holds or held, most recent start first. */
export const positionsByPerson: LoaderFactory<string, Plain<Position>[]> = (ctx: Context) => async (ids) => {
  const rows = await readRows(
    ctx.em,
    Position,
    'select * from position where person_id = any(?::uuid[]) order by starts_on desc, id asc',
    [uuidArray(ids)],
  );
  return groupBy(ids, rows, (p) => p.person.id);
};

/** Key of `headsByOrganizationOn`: organization id and `YYYY-MM-DD` date. */
export const headKey = (organizationId: string, date: string): string => `${organizationId}|${date}`;

/**
 * The person heading an organization on a date (key: `headKey(orgId, date)`),
 * or null. One query for the positions of the whole batch, then each key is
 * matched in memory; when head terms overlap, the latest appointment wins.
 */
export const headsByOrganizationOn: LoaderFactory<string, Plain<Person> | null> =
  (ctx: Context) => async (keys) => {
    const wanted = keys.map((key) => {
      const bar = key.indexOf('|');
      return { organizationId: key.slice(0, bar), date: key.slice(bar + 1) };
    });
    const dates = wanted.map((w) => w.date).toSorted();
    const heads = await readRows(
      ctx.em,
      Position,
      `select * from position where organization_id = any(?::uuid[]) and is_head
        and starts_on <= ?::date and (ends_on is null or ends_on >= ?::date)
      order by starts_on desc, id asc`,
      [uuidArray([...new Set(wanted.map((w) => w.organizationId))]), dates[dates.length - 1], dates[0]],
    );
    const personIds = wanted.map(
      (w) =>
        heads.find((p) => p.organization.id === w.organizationId && isRunningOn(p, w.date))?.person.id ??
        null,
    );
    const people = loader(ctx, personById);
    return Promise.all(personIds.map((id) => (id ? people.load(id) : null)));
  };

/** Responsibilities assigned for each organization, most recent start first. */
export const responsibilitiesByOrganization: LoaderFactory<string, Plain<Responsibility>[]> =
  (ctx: Context) => async (ids) => {
    const rows = await readRows(
      ctx.em,
      Responsibility,
      'select * from responsibility where organization_id = any(?::uuid[]) order by starts_on desc, id asc',
      [uuidArray(ids)],
    );
    return groupBy(ids, rows, (r) => r.organization?.id ?? '');
  };

/** Responsibilities of each person, most recent start first. */
export const responsibilitiesByPerson: LoaderFactory<string, Plain<Responsibility>[]> =
  (ctx: Context) => async (ids) => {
    const rows = await readRows(
      ctx.em,
      Responsibility,
      'select * from responsibility where person_id = any(?::uuid[]) order by starts_on desc, id asc',
      [uuidArray(ids)],
    );
    return groupBy(ids, rows, (r) => r.person.id);
  };
