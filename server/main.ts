// npm start: read the configuration, migrate, seed an empty database, serve.
import { createServer } from 'node:http';
import path from 'node:path';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { repoRoot } from './db/provider.js';
import { loadSeeds } from './seed/loadSeeds.js';
import { printSeedReport } from './seed/report.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  if ((await database.prisma.article.count()) === 0) {
    console.log('Empty database: loading seeds/');
    const report = await loadSeeds(database.prisma, path.join(repoRoot, 'seeds'));
    printSeedReport(report);
  }
  const server = createServer(createApp(database.prisma, config.app));
  server.listen(config.port, () => {
    console.log(
      `Khabar is serving GraphQL on http://localhost:${config.port}/graphql (${config.database.provider})`,
    );
  });
  const stop = () => {
    server.close();
    void database.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Khabar cannot start: ${error.message}`);
  else console.error('Khabar cannot start:', error);
  process.exit(1);
});
