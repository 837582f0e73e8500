// npm start: read the configuration, open (and migrate) the database, seed an empty one,
// serve; on SIGTERM or SIGINT stop taking connections, let the requests in flight finish,
// close the database and exit 0.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { describeTarget, openDatabase } from './db/client.js';
import { DatabaseUnavailableError } from './db/faults.js';
import { repoRoot } from './db/provider.js';
import { DatabaseMissingError } from './db/sqliteFile.js';
import { createLogger } from './logger.js';

/** How long requests in flight may run after SIGTERM before their connections are cut. */
export const shutdownGraceMs = 25_000;

/** A reason to stop at start that the operator can act on: printed without a stack. */
class StartError extends Error {
  override name = 'StartError';
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const where = `port ${port} on ${host}`;
      const reasons: Record<string, string> = {
        EADDRINUSE:
          `${where} is already in use (another Khabar, or another program, listens there): ` +
          'stop it or set PORT to a free port',
        EACCES: `${where} needs privileges this process lacks: set PORT to 1024 or above`,
        EADDRNOTAVAIL: `HOST ${host} is not an address of this machine`,
        ENOTFOUND: `HOST ${host} does not resolve to an address`,
        EAI_AGAIN: `HOST ${host} could not be resolved`,
      };
      const reason = error.code ? reasons[error.code] : undefined;
      reject(reason ? new StartError(reason) : error);
    };
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve(server.address() as AddressInfo);
    });
  });
}

const urlOf = ({ address, family, port }: AddressInfo) =>
  `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception: stopping');
    process.exit(1);
  });

  logger.info(`Opening the database: ${describeTarget(config.database)}`);
  const database = await openDatabase(config.database);
  const fault = await database.readiness();
  if (fault) {
    await database.close();
    throw new StartError(fault.message);
  }
  // The API and the seed loader are loaded only now: a database that does not answer is
  // reported a second or two sooner, well within 10 s of the start.
  const { createServerApp } = await import('./app.js');
  if ((await database.prisma.article.count()) === 0) {
    logger.info('Empty database: loading seeds/');
    const { loadSeeds } = await import('./seed/loadSeeds.js');
    const { printSeedReport } = await import('./seed/report.js');
    const report = await loadSeeds(database.prisma, path.join(repoRoot, 'seeds'));
    printSeedReport(report, (line) => logger.info(line));
  }

  let stopping = false;
  const app = createServerApp(database.prisma, {
    ...config.app,
    logger,
    readiness: async () => {
      if (stopping) return { reason: 'the server is shutting down' };
      const problem = await database.readiness();
      if (problem) logger.warn({ reason: problem.message }, 'not ready');
      return problem;
    },
  });
  const inFlight = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    inFlight.add(response);
    response.on('close', () => inFlight.delete(response));
    if (stopping) response.setHeader('connection', 'close');
    app.listener(request, response);
  });
  const address = await listen(server, config.port, config.host);
  logger.info(
    `Khabar is serving GraphQL on ${urlOf(address)}/graphql ` +
      `(${describeTarget(config.database)})` +
      (address.address === '0.0.0.0' || address.address === '::' ? ', on every interface' : ''),
  );

  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: stopping at once');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, inFlight: inFlight.size }, 'stopping: finishing requests in flight');
    // Answers still to be sent close their connection, so no kept-alive client lingers.
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let cut = false;
    const deadline = setTimeout(() => {
      cut = true;
      logger.warn(
        { inFlight: inFlight.size },
        `requests still running after ${shutdownGraceMs / 1000} s: closing their connections`,
      );
      server.closeAllConnections();
    }, shutdownGraceMs);
    await closed;
    clearTimeout(deadline);
    await database.close();
    logger.info('stopped');
    process.exit(cut ? 1 : 0);
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof StartError ||
    error instanceof DatabaseMissingError ||
    error instanceof DatabaseUnavailableError;
  if (known) console.error(`Khabar cannot start: ${error.message}`);
  else console.error('Khabar cannot start:', error);
  process.exit(1);
});
