import path from 'node:path';
import { printSchema } from 'graphql';
import { repoRoot } from '../db/provider.js';
import { schema } from './index.js';

/** The committed SDL of the API (the contract for front ends and the SDK's codegen). */
export const printedSchemaPath = path.join(repoRoot, 'server/schema/schema.graphql');

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}
