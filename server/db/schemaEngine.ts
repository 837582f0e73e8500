// Prisma 7's CLI needs a native schema-engine binary that cannot be downloaded here, so
// migrations run through @prisma/schema-engine-wasm (the same engine compiled to
// WebAssembly) over the project's own driver adapters. See docs/migrations.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

let engineModule: Promise<typeof import('@prisma/schema-engine-wasm')> | undefined;

/**
 * The package's entry imports the .wasm file as an ES module, which Node 20 refuses;
 * instantiate it by hand with the wasm-bindgen glue as its import object.
 */
function loadEngineModule(): Promise<typeof import('@prisma/schema-engine-wasm')> {
  engineModule ??= (async () => {
    // The glue module is an exported subpath; the .wasm file sits beside it.
    const packageDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const glue = (await import(
      pathToFileURL(path.join(packageDir, 'schema_engine_bg.js')).href
    )) as typeof import('@prisma/schema-engine-wasm') & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = readFileSync(path.join(packageDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

/** Opens a schema engine over a driver adapter factory; `schema` is the Prisma schema text. */
export async function openSchemaEngine(
  schemaPath: string,
  schema: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine: Engine } = await loadEngineModule();
  return Engine.new(
    { datamodels: [[schemaPath, schema]] },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
