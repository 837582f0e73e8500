// Configuration from the environment (documented in README.md). A bad value stops the
// service at start with a message naming the variable and what was expected.
import type { AppOptions } from './app.js';
import { type DatabaseTarget, defaultDatabaseUrl, parseDatabaseUrl } from './db/provider.js';
import { defaultQueryLimits } from './plugins/queryLimits.js';
import { defaultRateLimits } from './plugins/rateLimiter.js';

export interface Config {
  port: number;
  database: DatabaseTarget;
  /** Query limits, rate limits and Redis (docs/api.md). */
  app: AppOptions;
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
  return { port: Number(rawPort), database, app: appOptionsOf(env) };
}

/** A whole number from the environment, or the default when unset. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

function appOptionsOf(env: NodeJS.ProcessEnv): AppOptions {
  const introspection = env.INTROSPECTION?.trim().toLowerCase() || 'on';
  if (introspection !== 'on' && introspection !== 'off') {
    throw new ConfigError(`INTROSPECTION must be "on" or "off", got "${env.INTROSPECTION}"`);
  }
  return {
    limits: {
      maxCost: wholeNumber(env, 'MAX_QUERY_COST', defaultQueryLimits.maxCost),
      executionTimeoutMs: wholeNumber(
        env,
        'EXECUTION_TIMEOUT_MS',
        defaultQueryLimits.executionTimeoutMs,
      ),
      fieldSuggestions: env.NODE_ENV !== 'production',
      introspection: introspection === 'on',
    },
    rateLimits: {
      keyPointsPerHour: wholeNumber(env, 'RATE_LIMIT_KEY', defaultRateLimits.keyPointsPerHour),
      anonymousPointsPerHour: wholeNumber(
        env,
        'RATE_LIMIT_ANONYMOUS',
        defaultRateLimits.anonymousPointsPerHour,
      ),
    },
    redisUrl: env.REDIS_URL?.trim() || undefined,
  };
}
