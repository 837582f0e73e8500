// Type-level guarantees, proved with the TypeScript compiler on fixture files: a consumer's
// document typed by codegen against schema.graphql compiles when right, and a misspelled
// field, a wrong variable type or a field that was not selected does not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import ts from 'typescript';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const sdkDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(sdkDir, 'test/types/fixtures');
const schema = path.join(sdkDir, '../server/schema/schema.graphql');

/** The consumer's codegen: the client preset over their documents, like the SDK's own. */
function consumerCodegen(documents: string, save: boolean) {
  return generate(
    {
      schema,
      documents,
      silent: true,
      emitLegacyCommonJSImports: false,
      generates: {
        [path.join(fixtures, 'gql/')]: {
          preset: 'client',
          presetConfig: { fragmentMasking: false },
          config: {
            documentMode: 'string',
            enumsAsTypes: true,
            useTypeImports: true,
            scalars: { Date: 'string', Decimal: 'string', ID: 'string' },
          },
        },
      },
    },
    save,
  );
}

function diagnosticsOf(file: string): { code: number; message: string }[] {
  const config = ts.readConfigFile(path.join(sdkDir, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, sdkDir);
  const program = ts.createProgram([path.join(fixtures, file)], {
    ...options,
    noEmit: true,
    rootDir: sdkDir,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ({
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      file: d.file?.fileName,
    }))
    .filter((d) => d.file?.startsWith(fixtures) && !d.file.includes('/gql/'));
}

beforeAll(async () => {
  await consumerCodegen(path.join(fixtures, 'operations.ts'), true);
}, 60_000);

describe('typed documents', () => {
  it('the good fixture compiles', () => {
    expect(diagnosticsOf('good.ts')).toEqual([]);
  });

  it('codegen refuses a misspelled field, and the untyped document does not compile', async () => {
    // Codegen logs its summary through console.error; caught here so a passing run prints no red
    // line.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await expect(
        consumerCodegen(path.join(fixtures, 'bad-misspelled-field.ts'), false),
      ).rejects.toThrow(/Cannot query field "titel" on type "Article"/);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('One or more errors occurred'));
    } finally {
      logged.mockRestore();
    }
    const diagnostics = diagnosticsOf('bad-misspelled-field.ts');
    // graphql() only accepts the documents codegen typed: this one is an argument error.
    expect(diagnostics[0]).toMatchObject({
      code: 2345,
      message: expect.stringMatching(/titel[\s\S]*is not assignable to parameter of type/),
    });
  });

  it('a wrong variable type does not compile', () => {
    const diagnostics = diagnosticsOf('bad-variable-type.ts');
    expect(diagnostics.map((d) => d.code)).toEqual([2322]);
    expect(diagnostics[0]!.message).toMatch(/Type 'string' is not assignable to type 'number'/);
  });

  it('reading a field that was not selected does not compile', () => {
    for (const file of ['bad-unselected-field.ts', 'bad-unselected-sdk-field.ts']) {
      const diagnostics = diagnosticsOf(file);
      expect(
        diagnostics.map((d) => d.code),
        file,
      ).toEqual([2339]);
      expect(diagnostics[0]!.message).toMatch(/Property '(publishedAt|blocks)' does not exist/);
    }
  });
});
