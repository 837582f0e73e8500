// Configuration from the environment (documented in README.md). A bad value stops the
// service at start with a message naming the variable and what was expected.
import { type DatabaseTarget, defaultDatabaseUrl, parseDatabaseUrl } from './db/provider.js';

export interface Config {
  port: number;
  database: DatabaseTarget;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const rawPort = env.PORT?.trim() || '4000';
  if (!/^\d+$/.test(rawPort) || Number(rawPort) < 1 || Number(rawPort) > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535, got "${env.PORT}"`);
  }
  let database: DatabaseTarget;
  try {
    database = parseDatabaseUrl(env.DATABASE_URL?.trim() || defaultDatabaseUrl);
  } catch (error) {
    throw new ConfigError(`DATABASE_URL: ${(error as Error).message}`);
  }
  return { port: Number(rawPort), database };
}
