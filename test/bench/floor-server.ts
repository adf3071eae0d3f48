/*
 * The "floor": each target's answer as one hand-written SQL statement that
 * builds the whole JSON (json_agg), served over HTTP by a bare Node server in
 * a process of its own — what the query costs with no GraphQL layer at all.
 * `node floor-server.js <databaseUrl>` prints `listening <port>` and `stats <port>`;
 * `POST /<target>` with the variables as JSON answers `{ data }`.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { countStatements, startStatsServer } from './stats.js';

const org = (alias: string) => `json_build_object('id', ${alias}.id, 'name', ${alias}.name)`;
const assignments = (task: string) => `(select coalesce(json_agg(json_build_object('id', a.id, 'role', a.role,
    'organization', ${org('ao')}) order by a.role desc, a.id), '[]')
   from task_assignment a join organization ao on ao.id = a.organization_id
  where a.task_id = ${task}.id and a.ended_on is null)`;

/** Each target's SQL; `$1` is an organization's or a program's id. */
export const FLOOR_SQL: Record<string, string> = {
  sharedPlans: `
    with page as (
      select cp.*, row_number() over (order by cp.starts_on desc nulls last, cp.id) as ord
        from coordination_program cp
       where exists (select 1 from program_participant pp where pp.program_id = cp.id and pp.organization_id = $1)
       order by cp.starts_on desc nulls last, cp.id
       limit 50)
    select json_build_object('organization', json_build_object('id', o.id, 'name', o.name, 'programs', json_build_object(
      'totalCount', (select count(*) from coordination_program cp
                      where exists (select 1 from program_participant pp where pp.program_id = cp.id and pp.organization_id = $1)),
      'edges', (select coalesce(json_agg(json_build_object('node', json_build_object(
          'id', p.id, 'code', p.code, 'title', p.title, 'status', p.status, 'startsOn', p.starts_on, 'endsOn', p.ends_on,
          'leadOrganization', (select ${org('lo')} from program_participant lp join organization lo on lo.id = lp.organization_id
                                where lp.program_id = p.id and lp.role = 'LEAD' and lp.left_on is null limit 1),
          'participants', (select coalesce(json_agg(json_build_object('id', pp.id, 'role', pp.role, 'organization', ${org('po')})
                                   order by pp.role, pp.id), '[]')
                             from program_participant pp join organization po on po.id = pp.organization_id
                            where pp.program_id = p.id and pp.left_on is null),
          'tasks', json_build_object(
            'totalCount', (select count(*) from task ct where ct.program_id = p.id),
            'edges', (select coalesce(json_agg(json_build_object('node', json_build_object(
                         'id', t.id, 'title', t.title, 'dueOn', t.due_on, 'status', t.status,
                         'assignments', ${assignments('t')})) order by t.due_on, t.id), '[]')
                        from (select * from task t where t.program_id = p.id order by t.due_on, t.id limit 20) t))
        )) order by p.ord), '[]') from page p)))) as data
      from organization o where o.id = $1`,
  small: `
    select json_build_object('node', json_build_object('id', p.id, 'code', p.code, 'title', p.title,
      'owner', ${org('o')},
      'tasks', json_build_object('edges', (select coalesce(json_agg(json_build_object('node', json_build_object(
                 'id', t.id, 'title', t.title, 'dueOn', t.due_on, 'status', t.status)) order by t.due_on, t.id), '[]')
               from (select * from task t where t.program_id = p.id order by t.due_on, t.id limit 5) t)))) as data
      from coordination_program p join organization o on o.id = p.owner_id where p.id = $1`,
  agencyTasks: `
    select json_build_object('organization', json_build_object('id', o.id, 'tasks', json_build_object('edges',
      (select coalesce(json_agg(json_build_object('node', json_build_object(
                'id', t.id, 'title', t.title, 'dueOn', t.due_on, 'status', t.status,
                'assignments', ${assignments('t')})) order by t.due_on, t.id), '[]')
         from (select t.* from task_assignment x join task t on t.id = x.task_id
                where x.organization_id = $1 and x.ended_on is null
                order by x.task_due_on, x.task_id limit 50) t)))) as data
      from organization o where o.id = $1`,
  briefings: `
    select json_build_object('organization', json_build_object('id', o.id, 'briefingSchedule',
      (select coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'startsAt', m.starts_at)
                                order by m.starts_at, m.id), '[]')
         from meeting m
        where m.starts_at >= $2 and m.starts_at < $3
          and (m.organization_id = $1
               or exists (select 1 from meeting_invitation i where i.meeting_id = m.id and i.organization_id = $1))))) as data
      from organization o where o.id = $1`,
};

/** The positional parameters of a target's SQL, from the variables the client sent. */
const parameters = (variables: { id: string; from?: string; to?: string }) =>
  variables.from ? [variables.id, variables.from, variables.to] : [variables.id];

const isMain = process.argv[1]?.endsWith('floor-server.js');
if (isMain) {
  const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
  countStatements(pool);
  const server = createServer((req, res) => {
    const sql = FLOOR_SQL[(req.url ?? '').slice(1)];
    if (req.method !== 'POST' || !sql) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const variables = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      // The JSON text as PostgreSQL wrote it, not parsed and written again.
      const raw = { getTypeParser: () => (value: string) => value };
      pool.query({ text: sql, values: parameters(variables), types: raw }).then(
        (result) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(`{"data":${result.rows[0]?.data ?? 'null'}}`);
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  startStatsServer();
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
  });
}
