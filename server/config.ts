// Configuration from the environment (documented in README.md). A bad value stops the
// service at start with a message naming the variable and what was expected.
import type { AppOptions } from './app.js';
import { type DatabaseTarget, defaultDatabaseUrl, parseDatabaseUrl } from './db/provider.js';
import { defaultQueryLimits } from './plugins/queryLimits.js';
import { defaultRateLimits } from './plugins/rateLimiter.js';
import { defaultMaxCachedAnswers, defaultResponseCacheTtlMs } from './responseCache/index.js';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Which browser origins may call the API: any (without credentials), a list, or none. */
export type CorsOrigins =
  | { allow: 'any' }
  | { allow: 'none' }
  | { allow: 'list'; origins: string[] };

export interface Config {
  port: number;
  /** The address to listen on; 127.0.0.1 unless HOST says otherwise. */
  host: string;
  database: DatabaseTarget;
  /** Query limits, rate limits, Redis (docs/api.md) and CORS_ORIGINS. */
  app: AppOptions;
  logLevel: LogLevel;
  /** JSON lines for collectors, or coloured lines for a person at a terminal. */
  logFormat: 'json' | 'pretty';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  stdoutIsTerminal = Boolean(process.stdout.isTTY),
): Config {
  const rawPort = env.PORT?.trim() || '4000';
  if (!/^\d+$/.test(rawPort) || Number(rawPort) < 1 || Number(rawPort) > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535, got "${env.PORT}"`);
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) {
    throw new ConfigError(
      `HOST must be an address or host name such as 127.0.0.1, 0.0.0.0 or ::, got "${env.HOST}"`,
    );
  }
  let database: DatabaseTarget;
  try {
    database = parseDatabaseUrl(env.DATABASE_URL?.trim() || defaultDatabaseUrl);
  } catch (error) {
    throw new ConfigError(`DATABASE_URL: ${(error as Error).message}`);
  }
  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || 'info') as LogLevel;
  if (!logLevels.includes(logLevel)) {
    throw new ConfigError(
      `LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${env.LOG_LEVEL}"`,
    );
  }
  const logFormat = env.LOG_FORMAT?.trim().toLowerCase() || (stdoutIsTerminal ? 'pretty' : 'json');
  if (logFormat !== 'json' && logFormat !== 'pretty') {
    throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${env.LOG_FORMAT}"`);
  }
  return {
    port: Number(rawPort),
    host,
    database,
    app: { ...appOptionsOf(env), corsOrigins: corsOriginsOf(env.CORS_ORIGINS) },
    logLevel,
    logFormat,
  };
}

function corsOriginsOf(raw: string | undefined): CorsOrigins {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '*') return { allow: 'any' };
  if (value.toLowerCase() === 'none') return { allow: 'none' };
  const origins = value
    .split(',')
    .map((entry) => entry.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {}
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        'CORS_ORIGINS must be *, none, or origins separated by commas such as ' +
          `https://news.example.org,http://localhost:3000; "${origin}" is not an origin`,
      );
    }
  }
  return { allow: 'list', origins };
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
    responseCache: responseCacheOf(env),
  };
}

function responseCacheOf(env: NodeJS.ProcessEnv): AppOptions['responseCache'] {
  const mode = env.RESPONSE_CACHE?.trim().toLowerCase() || 'on';
  if (mode !== 'on' && mode !== 'off') {
    throw new ConfigError(`RESPONSE_CACHE must be "on" or "off", got "${env.RESPONSE_CACHE}"`);
  }
  const ttlMs = wholeNumber(env, 'RESPONSE_CACHE_TTL_MS', defaultResponseCacheTtlMs);
  if (ttlMs < 1) throw new ConfigError('RESPONSE_CACHE_TTL_MS must be at least 1');
  const maxAnswers = wholeNumber(env, 'RESPONSE_CACHE_MAX_ANSWERS', defaultMaxCachedAnswers);
  if (maxAnswers < 1) throw new ConfigError('RESPONSE_CACHE_MAX_ANSWERS must be at least 1');
  return mode === 'on' && { ttlMs, maxAnswers };
}
