/*
 * PostGraphile v5 (amber preset) on the benchmark's database, in a process of
 * its own: `node postgraphile-server.js <databaseUrl>` prints `listening <port>`
 * (GraphQL at `/graphql`) and `stats <port>`.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { countStatements, startStatsServer } from './stats.js';

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
countStatements(pool);
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafast: { explain: false },
  grafserv: { graphiql: false, watch: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
startStatsServer();
if (process.argv[3]) {
  const { printSchema } = await import('graphql');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.argv[3], printSchema(await pgl.getSchema()));
}
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
