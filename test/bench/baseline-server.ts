/*
 * The fan-out baseline: a bare graphql-ws server (graphql-ws, ws and the
 * same in-process pub/sub as the product, no database, no access checks)
 * with one subscription, `event { title }`. `POST /publish` with a title as
 * the body publishes one event. Prints `listening <port>`.
 */
import { createServer } from 'node:http';
import { createPubSub } from '@graphql-yoga/subscription';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

const pubsub = createPubSub<{ event: [{ title: string }] }>();
const Event = new GraphQLObjectType({ name: 'Event', fields: { title: { type: GraphQLString } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { ok: { type: GraphQLString, resolve: () => 'ok' } },
  }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      event: {
        type: Event,
        subscribe: () => pubsub.subscribe('event'),
        resolve: (payload: unknown) => payload,
      },
    },
  }),
});

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/publish') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    pubsub.publish('event', { title: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(204).end();
  });
});
useServer({ schema }, new WebSocketServer({ server, path: '/graphql' }));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
