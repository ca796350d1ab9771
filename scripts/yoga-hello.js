// The baseline for `npm run bench:start`: a bare graphql-yoga `{ hello }` server, run with plain node
// as the gateway is. PORT=0 picks a free port; the URL is printed like `adsauth serve` prints its own.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  healthCheckEndpoint: '/healthz',
  logging: false,
});
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`yoga hello listening on http://127.0.0.1:${server.address().port}/graphql`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
