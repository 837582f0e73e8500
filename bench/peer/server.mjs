// The PostGraphile peer of `npm run bench`: PostGraphile 5 with the Amber and Relay presets
// and connection-filter (relation filters on), over Khabar's PostgreSQL database, as a user
// would serve it. Installed by the bench into bench/peer/node_modules, never a dependency
// of Khabar. GET /sql-count answers how many SQL statements it has sent so far.
// Usage: node bench/peer/server.mjs <postgresql url> <port>
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileRelayPreset } from 'postgraphile/presets/relay';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const [connectionString, port] = process.argv.slice(2);
// The same pool size as Khabar's PostgreSQL adapter.
const pool = new pg.Pool({ connectionString, max: 10 });
let statements = 0;
pool.on('connect', (client) => {
  const query = client.query.bind(client);
  client.query = (...args) => {
    statements++;
    return query(...args);
  };
});

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileRelayPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  schema: { connectionFilterRelations: true },
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const handle = serv.createHandler();
const server = createServer((request, response) => {
  if (request.url !== '/sql-count') return handle(request, response);
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ statements }));
});
// Build the schema before saying it is ready, so that no measured request pays for it.
await pgl.getSchema();
server.listen(Number(port), '127.0.0.1', () => console.log('peer listening'));
