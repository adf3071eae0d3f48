/**
 * Task lists ordered by lead agency (`orderBy: LEAD`): Vietnamese collation ("Cà Mau" before
 * "Cao Bằng"), then the deadline, and paging one by one gives the same order.
 */
import { describe, expect, it } from 'vitest';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { dbId, ok } from '../helpers/results.js';
import { TaskList, addDays, makeChain, makeTask, today, ts, useTasksServer } from '../helpers/tasks.js';

useTasksServer();

describe('task list ordered by lead agency', () => {
  it('sorts by the lead agency the Vietnamese way, then by deadline, and pages in that order', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const word = `lead${unique()}`.replace(/[^a-z0-9]/gi, '');
    const agency = (name: string) =>
      makeOrganization(em, { area: chain.area, parent: chain.province, name: `${name} ${unique()}` });
    const caoBang = await agency('Cao Bằng');
    const caMau = await agency('Cà Mau');
    const uyBan = await agency('Ủy ban nhân dân');
    const t = today();
    const task = (lead: typeof caoBang, days: number) =>
      makeTask(em, { lead, dueOn: addDays(t, days), title: `Nhiệm vụ ${word} ${days}` });
    const a = await task(uyBan, 1);
    const b = await task(caoBang, 2);
    const c = await task(caMau, 9);
    const d = await task(caMau, 3);
    const list = async (variables: Record<string, unknown>) =>
      ok(
        await ts.gql(
          TaskList,
          { filter: { search: word }, orderBy: 'LEAD', ...variables } as never,
          chain.provinceViewer.token,
        ),
      ).tasks;
    const all = (await list({ first: 50 })).edges.map((e) => dbId(e.node.id));
    expect(all).toEqual([d.id, c.id, b.id, a.id]);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list({ first: 1, after });
      paged.push(...page.edges.map((e) => dbId(e.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(paged).toEqual(all);
    const ofLead = await list({ first: 50, filter: { organizationId: gid.org(caMau) } });
    expect(ofLead.edges.map((e) => dbId(e.node.id))).toEqual([d.id, c.id]);
  });
});
