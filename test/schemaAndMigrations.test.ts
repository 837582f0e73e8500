// The committed artefacts must match their sources: the printed GraphQL schema, the
// derived PostgreSQL Prisma schema, and the migrations of both databases.
import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pendingSchemaChange } from '../server/db/migrations.js';
import { derivePostgresSchema, readSourceSchema } from '../server/db/prismaSchemas.js';
import { prismaPaths } from '../server/db/provider.js';
import { schema } from '../server/schema/index.js';
import { printedSchema, printedSchemaPath } from '../server/schema/print.js';
import { postgresAdminUrl } from './support/databases.js';

describe('the GraphQL schema', () => {
  it('is committed as printed (run `npm run schema:print` after changing the API)', () => {
    expect(readFileSync(printedSchemaPath, 'utf8')).toBe(printedSchema());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});

describe('the Prisma schemas', () => {
  it('derive the PostgreSQL schema from prisma/schema.prisma (run `npm run generate`)', () => {
    expect(readFileSync(prismaPaths.postgresql.schema, 'utf8')).toBe(
      derivePostgresSchema(readSourceSchema()),
    );
  });
});

describe('the migrations', () => {
  const targets = [
    { provider: 'sqlite' as const, url: ':memory:' },
    { provider: 'postgresql' as const, url: postgresAdminUrl },
  ];

  it.each(targets)('of $provider match the schema', async (target) => {
    expect(await pendingSchemaChange(target)).toBeNull();
  });

  it.each(targets)('of $provider reveal a schema change that has no migration', async (target) => {
    const changed = readFileSync(prismaPaths[target.provider].schema, 'utf8').replace(
      'model LoadedSource {',
      'model LoadedSource {\n  note String?',
    );
    expect(await pendingSchemaChange(target, changed)).toMatch(
      /ALTER TABLE "LoadedSource" ADD COLUMN\s+"note"/,
    );
  });
});
