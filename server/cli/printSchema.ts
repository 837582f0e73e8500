// npm run schema:print — writes the schema as SDL to server/schema/schema.graphql, so that the
// SDK's
// codegen never needs a running server. A test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { printedSchema, printedSchemaPath } from '../schema/print.js';

writeFileSync(printedSchemaPath, printedSchema());
console.log(`${printedSchemaPath} written`);
