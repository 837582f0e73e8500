// Where cached answers live: in this process (an LRU of RESPONSE_CACHE_MAX_ANSWERS answers) or
// in Redis, shared by several processes. Both keep an invalidation epoch, so that an answer read
// from the database before an invalidation is never stored after it (see
// EntityStore.setUnlessStale).
// @envelop/response-cache-redis is not installed; the Redis store is this small module
// over ioredis, which the rate limiter uses too.
import { createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import { Redis } from 'ioredis';
import type { CacheEntity } from './articleEntities.js';

export interface Lookup {
  result: ExecutionResult | null;
  /** The invalidation epoch at the look-up; null when it could not be read (store nothing). */
  epoch: string | null;
}

export interface EntityStore {
  get(key: string): Promise<Lookup>;
  /** Stores the answer unless an invalidation happened since `epoch` was read. */
  setUnlessStale(
    key: string,
    result: ExecutionResult,
    entities: CacheEntity[],
    ttlMs: number,
    epoch: string,
  ): Promise<void>;
  /** Deletes every answer that names one of these entities, and starts a new epoch. */
  invalidate(entities: CacheEntity[]): Promise<void>;
  close(): Promise<void>;
}

export function createMemoryStore(maxAnswers: number): EntityStore {
  const cache = createInMemoryCache({ max: maxAnswers });
  let epoch = 0;
  return {
    async get(key) {
      return { result: (await cache.get(key)) ?? null, epoch: String(epoch) };
    },
    async setUnlessStale(key, result, entities, ttlMs, readEpoch) {
      if (readEpoch !== String(epoch)) return;
      await cache.set(key, result, entities, ttlMs);
    },
    async invalidate(entities) {
      epoch += 1;
      await cache.invalidate(entities);
    },
    async close() {},
  };
}

// KEYS: epoch, answer, entity sets…; ARGV: epoch read, answer JSON, ttl (ms).
const setScript = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
local ttl = tonumber(ARGV[3])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ttl)
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[2])
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return 1`;

// KEYS: epoch, entity sets…
const invalidateScript = `
redis.call('INCR', KEYS[1])
for i = 2, #KEYS do
  for _, answer in ipairs(redis.call('SMEMBERS', KEYS[i])) do redis.call('DEL', answer) end
  redis.call('DEL', KEYS[i])
end
return 1`;

/** An answer is indexed under its entities' type names and under each type name and ID. */
function entityKeysOf(entities: CacheEntity[]): string[] {
  const keys = new Set<string>();
  for (const { typename, id } of entities) {
    keys.add(typename);
    if (id !== undefined) keys.add(`${typename}:${id}`);
  }
  return [...keys];
}

export function createRedisStore(redisUrl: string, keyPrefix = 'khabar-rc:'): EntityStore {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 5000 });
  // ioredis reports a lost connection on every command too; the event alone is noise.
  redis.on('error', () => {});
  const epochKey = `${keyPrefix}epoch`;
  const answerKey = (key: string) => `${keyPrefix}answer:${key}`;
  const entityKey = (key: string) => `${keyPrefix}entity:${key}`;
  return {
    async get(key) {
      try {
        const [answer, epoch] = await redis.mget(answerKey(key), epochKey);
        return { result: answer ? JSON.parse(answer) : null, epoch: epoch ?? '0' };
      } catch {
        return { result: null, epoch: null }; // Redis is away: answer from the database
      }
    },
    async setUnlessStale(key, result, entities, ttlMs, epoch) {
      const keys = [epochKey, answerKey(key), ...entityKeysOf(entities).map(entityKey)];
      try {
        await redis.eval(setScript, keys.length, ...keys, epoch, JSON.stringify(result), ttlMs);
      } catch {
        // Not cached this time; the answer itself is fine.
      }
    },
    async invalidate(entities) {
      // A type name alone purges every answer of that type; with an ID, only that entity's.
      const names = new Set(
        entities.map(({ typename, id }) => (id === undefined ? typename : `${typename}:${id}`)),
      );
      const keys = [epochKey, ...[...names].map(entityKey)];
      // A failure here must reach the caller: cached answers could otherwise be stale.
      await redis.eval(invalidateScript, keys.length, ...keys);
    },
    async close() {
      redis.disconnect();
    },
  };
}
