import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }) });
const port = Number(process.env.PORT);
const s = new ApolloServer({ schema }); await s.start();
if (process.env.BARE === 'express') {
  const app = express(); app.use(express.json()); app.get('/healthz', (q, r) => r.send('ok')); app.use('/graphql', expressMiddleware(s));
  http.createServer(app).listen(port);
} else {
  // plain node http + executeHTTPGraphQLRequest
  http.createServer((req, res) => {
    if (req.url === '/healthz') return res.end('ok');
    const chunks = []; req.on('data', (c) => chunks.push(c)); req.on('end', async () => {
      const headers = new Map(); for (const [k, v] of Object.entries(req.headers)) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const r = await s.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method, headers, search: '', body: JSON.parse(Buffer.concat(chunks).toString()) }, context: async () => ({}) });
      for (const [k, v] of r.headers) res.setHeader(k, v);
      res.statusCode = r.status ?? 200; res.end(r.body.string);
    });
  }).listen(port);
}
