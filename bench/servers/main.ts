/**
 * One of the three servers the benchmark compares, in a process of its own (so its memory is its
 * own): `node --import tsx bench/servers/main.ts ours|library|raw`, with NEO4J_URI (and NEO4J_USER,
 * NEO4J_PASSWORD when the database asks) and PORT. Prints "listening <port>" when ready.
 */
import { createServer, type Server } from 'node:http';
import { createApp } from '../../src/api/yoga.js';
import { createDriver } from '../../src/graph/driver.js';
import { IMPLEMENTATIONS, type Implementation } from '../operations.js';
import { createLibraryServer } from './library.js';
import { createRawServer } from './raw.js';

/** Every answer the benchmark asks for fits: what is measured is a hit, not the eviction policy. */
const RESPONSE_CACHE_ENTRIES = 2000;

const implementation = process.argv[2] as Implementation;
const uri = process.env.NEO4J_URI;
const port = Number(process.env.PORT);
if (!IMPLEMENTATIONS.includes(implementation) || !uri || !Number.isInteger(port)) {
  process.stderr.write(`usage: NEO4J_URI=bolt://… PORT=n main.ts ${IMPLEMENTATIONS.join('|')} (got ${process.argv[2]}, ${uri}, ${process.env.PORT})\n`);
  process.exit(2);
}
const user = process.env.NEO4J_USER;
const driver = createDriver(uri, user ? { user, password: process.env.NEO4J_PASSWORD ?? '' } : null);
await driver.verifyConnectivity();

const SERVERS: Record<Implementation, () => Promise<Server>> = {
  ours: async () => createServer(createApp({ driver, apiKey: null }, { logging: false, graphiql: false })),
  cached: async () => createServer(createApp({ driver, apiKey: null }, { logging: false, graphiql: false, responseCacheEntries: RESPONSE_CACHE_ENTRIES })),
  library: () => createLibraryServer(driver),
  raw: () => createRawServer(driver),
};

const server = await SERVERS[implementation]();
server.listen(port, '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
const stop = () => {
  server.close(() => void driver.close().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
