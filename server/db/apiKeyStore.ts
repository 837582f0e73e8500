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

/** The scope of a valid key, or null for an unknown or revoked one. */
export async function scopeOfKey(prisma: PrismaClient, key: string): Promise<ApiKeyScope | null> {
  const row = await prisma.apiKey.findUnique({
    where: { hash: hashOf(key) },
    select: { id: true, scope: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  return row.scope;
}
