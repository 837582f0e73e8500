// Hourly budgets of cost points, per API key and per client address: in memory by default,
// in Redis when REDIS_URL is set, so that several Khabar processes share one budget.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimits {
  /** Cost points per hour for a caller with an API key; 0 turns rate limiting off. */
  keyPointsPerHour: number;
  /** Cost points per hour for a client address without a key. */
  anonymousPointsPerHour: number;
}

export const defaultRateLimits: RateLimits = {
  keyPointsPerHour: 10_000_000,
  anonymousPointsPerHour: 1_000_000,
};

export interface RateVerdict {
  allowed: boolean;
  msBeforeNext: number;
  budget: { limit: number; remaining: number; resetAt: string };
}

export interface RateLimiter {
  consume(payer: string, points: number): Promise<RateVerdict>;
  close(): Promise<void>;
}

const hour = 3600;

export function createRateLimiter(limits: RateLimits, redisUrl?: string): RateLimiter | null {
  if (limits.keyPointsPerHour <= 0 || limits.anonymousPointsPerHour <= 0) return null;
  const redis = redisUrl
    ? new Redis(redisUrl, {
        lazyConnect: false,
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
      })
    : null;
  // Redis may go away: the memory limiter insures it, so requests are still limited.
  const make = (points: number, keyPrefix: string) =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          points,
          duration: hour,
          keyPrefix,
          insuranceLimiter: new RateLimiterMemory({ points, duration: hour, keyPrefix }),
        })
      : new RateLimiterMemory({ points, duration: hour, keyPrefix });
  const byKey = make(limits.keyPointsPerHour, 'khabar-rl-key');
  const byAddress = make(limits.anonymousPointsPerHour, 'khabar-rl-address');
  return {
    async consume(payer, points) {
      const limiter = payer.startsWith('key:') ? byKey : byAddress;
      const verdict = (allowed: boolean, res: RateLimiterRes): RateVerdict => ({
        allowed,
        msBeforeNext: res.msBeforeNext,
        budget: {
          limit: limiter.points,
          remaining: Math.max(0, res.remainingPoints),
          // In whole seconds, as GitHub's reset: the window's end, not the moment it was read.
          resetAt: new Date(Math.ceil((Date.now() + res.msBeforeNext) / 1000) * 1000).toISOString(),
        },
      });
      try {
        return verdict(true, await limiter.consume(payer, points));
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return verdict(false, refusal);
        throw refusal;
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
