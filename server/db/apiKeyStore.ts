// API keys: created once (the key is shown a single time), stored only as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from './client.js';

export type ApiKeyScope = 'READER' | 'EDITOR';

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

export async function createApiKey(
  prisma: PrismaClient,
  name: string,
  scope: ApiKeyScope,
): Promise<{ id: number; key: string }> {
  const key = `khb_${randomBytes(24).toString('base64url')}`;
  const row = await prisma.apiKey.create({
    data: { name, scope, hash: hashOf(key), prefix: key.slice(0, 10) },
  });
  return { id: row.id, key };
}

export function listApiKeys(prisma: PrismaClient) {
  return prisma.apiKey.findMany({
    select: {
      id: true,
      name: true,
      scope: true,
      prefix: true,
      createdAt: true,
      revokedAt: true,
      lastUsedAt: true,
    },
    orderBy: { id: 'asc' },
  });
}

/** Revokes by id or by the key's prefix; returns how many keys were revoked. */
export async function revokeApiKey(prisma: PrismaClient, idOrPrefix: string): Promise<number> {
  const where = /^\d+$/.test(idOrPrefix) ? { id: Number(idOrPrefix) } : { prefix: idOrPrefix };
  const { count } = await prisma.apiKey.updateMany({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** lastUsedAt is written at most this often per key, so reading costs no write a request. */
export const lastUsedWriteIntervalMs = 60_000;

/**
 * When this process last wrote each key's lastUsedAt (by the key's hash, which no two
 * databases share): concurrent requests with one key write it once.
 */
const lastUsedWrites = new Map<string, number>();

/** Why a request's key was refused: a key was sent, and it is not one Khabar honours. */
export class ApiKeyRefusedError extends Error {
  override name = 'ApiKeyRefusedError';
}

/** The scope of a valid key, or null for an unknown or revoked one; notes its use. */
export async function scopeOfKey(prisma: PrismaClient, key: string): Promise<ApiKeyScope | null> {
  const hash = hashOf(key);
  const row = await prisma.apiKey.findUnique({
    where: { hash },
    select: { id: true, scope: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  const lastWritten = Math.max(row.lastUsedAt?.getTime() ?? 0, lastUsedWrites.get(hash) ?? 0);
  if (now - lastWritten >= lastUsedWriteIntervalMs) {
    lastUsedWrites.set(hash, now);
    // A failed note of use (a read-only database, say) must not refuse a valid key; it is
    // tried again a minute later.
    await prisma.apiKey
      .update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) }, select: { id: true } })
      .catch(() => {});
  }
  return row.scope;
}

/**
 * The scope of the key a request sends in its Authorization header: null when it sends
 * none; ApiKeyRefusedError when the header is not "Bearer <key>" or the key is unknown or
 * revoked, so that a client learns that its key, not its lack of one, is the problem.
 */
export async function scopeOfAuthorization(
  prisma: PrismaClient,
  authorization: string | null,
): Promise<ApiKeyScope | null> {
  if (authorization === null || authorization.trim() === '') return null;
  const key = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  if (!key) {
    throw new ApiKeyRefusedError('the Authorization header must be "Bearer <key>" with an API key');
  }
  const scope = await scopeOfKey(prisma, key);
  if (scope === null) throw new ApiKeyRefusedError('the API key is unknown or revoked');
  return scope;
}
