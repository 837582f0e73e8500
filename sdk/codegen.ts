// `npm run codegen` (in sdk/): typed documents for every operation in src/operations,
// generated from the API's committed schema. Never edit src/gql/ by hand; a test fails
// when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

export const codegenConfig: CodegenConfig = {
  schema: '../server/schema/schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Results stay plain objects: the ready-made functions hand data straight to UI code.
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        // Documents as strings: the client needs no graphql runtime to send them.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', Decimal: 'string', ID: 'string' },
      },
    },
  },
};

export default codegenConfig;
