// The playground's example tabs: every operation of the SDK (sdk/src/operations), each
// with the fragments it uses and variables filled in with values from the seeds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';
import { repoRoot } from '../db/provider.js';

export const sdkOperationsFolder = path.join(repoRoot, 'sdk/src/operations');

/** A GraphiQL tab: the document, its variables and its headers, as editor texts. */
export interface ExampleTab {
  query: string;
  variables: string;
  headers: string;
}

/** Global IDs looked up in the database when the page is served (IDs differ per database). */
export interface SeedIds {
  /** The ID of the article `seedArticleSlug`, if that article is stored. */
  article?: string;
  /** The ID of the person `seedPersonSlug`, if that person is stored. */
  person?: string;
}

export const seedPersonSlug = 'sergey-lavrov';
export const seedArticleSlug = '2022-12-23-lavrov-bayramov-talks-moscow';

/**
 * The headers editor of every tab. GraphiQL reads it as JSON with comments, so the note
 * sends nothing until an editor takes the `//` away.
 */
export const headersNote = `{
  // Reading needs no key. Adding articles (the ingestArticle mutation) needs an editor key:
  //   npm run apikey -- create --scope editor --name <your name>
  // prints one. Delete the // in front of the next line and put the key in place of
  // <editor key>. The headers are not stored by the browser.
  // "Authorization": "Bearer <editor key>"
}
`;

const editorKeyPointer =
  '# Editors: the Headers panel below says where the key for ingestArticle goes.';

interface Example {
  /** One line saying what the example shows. */
  about: string;
  variables: (ids: SeedIds) => Record<string, unknown> | string;
}

const missingId = (what: string, tab: string) => `{
  // No ${what} in this database: copy an "id" from the ${tab} tab's result.
  "id": ""
}
`;

// A placeholder, not an article: with an editor key it is refused (a text with no Arabic)
// and stores nothing.
const ingestVariables = `{
  "input": {
    "text": "<the raw text of an article: Arabic, with its date line>"
  }
}
`;

/** The SDK's operations in the order they are offered; any other operation comes after. */
const examples: Record<string, Example> = {
  Statements: {
    about: 'what Sergey Lavrov said: direct quotes and reported speech, with their articles.',
    variables: () => ({ first: 10, filter: { speaker: seedPersonSlug } }),
  },
  Person: {
    about: 'one person by slug: names, roles, statements and the articles that mention him.',
    variables: () => ({ slug: seedPersonSlug, statementsFirst: 5, articlesFirst: 5 }),
  },
  TradeFigures: {
    about: 'the Russia–Azerbaijan trade volume, year by year, with who cited each figure.',
    variables: () => ({ first: 50, filter: { kind: 'TRADE_VOLUME', partners: ['RU', 'AZ'] } }),
  },
  Articles: {
    about: 'the newest articles that mention Sergey Lavrov, with their people.',
    variables: () => ({
      first: 5,
      filter: { person: seedPersonSlug },
      orderBy: { field: 'PUBLISHED_AT', direction: 'DESC' },
    }),
  },
  ArticleBySlug: {
    about: 'one article with everything extracted from it.',
    variables: () => ({ slug: seedArticleSlug }),
  },
  People: {
    about: 'people by any name or alias, in any language and spelling.',
    variables: () => ({ first: 10, filter: { name: 'لافروف' } }),
  },
  ArticleById: {
    about: 'the same article by its global ID.',
    variables: (ids) => (ids.article ? { id: ids.article } : missingId('seed article', 'Articles')),
  },
  Node: {
    about: "any object by its global ID (here Sergey Lavrov's).",
    variables: (ids) => (ids.person ? { id: ids.person } : missingId('seed person', 'People')),
  },
  IngestArticle: {
    about: 'adds an article from its raw text (editors only: see the Headers panel).',
    variables: () => ingestVariables,
  },
};

interface SdkDocuments {
  operations: { operation: OperationDefinitionNode; file: string }[];
  fragments: Map<string, FragmentDefinitionNode>;
}

const documentsByFolder = new Map<string, SdkDocuments>();

/** Every operation definition in the SDK's .graphql files, and every fragment by name. */
function readSdkDocuments(folder: string): SdkDocuments {
  const cached = documentsByFolder.get(folder);
  if (cached) return cached;
  const operations: { operation: OperationDefinitionNode; file: string }[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  for (const file of files) {
    const definitions: readonly DefinitionNode[] = parse(
      readFileSync(path.join(folder, file), 'utf8'),
    ).definitions;
    for (const definition of definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      } else if (definition.kind === Kind.OPERATION_DEFINITION) {
        operations.push({ operation: definition, file });
      }
    }
  }
  documentsByFolder.set(folder, { operations, fragments });
  return { operations, fragments };
}

/** The fragments a definition spreads, directly or through other fragments, in first-use order. */
function fragmentsUsedBy(
  root: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (!fragment || used.has(name)) return;
        used.set(name, fragment);
        walk(fragment);
      },
    });
  };
  walk(root);
  return [...used.values()];
}

function variablesText(variables: Record<string, unknown> | string): string {
  return typeof variables === 'string' ? variables : `${JSON.stringify(variables, null, 2)}\n`;
}

/** A variables text for an operation without a curated example: its variables, to be filled. */
function blankVariables(operation: OperationDefinitionNode): string {
  const lines = (operation.variableDefinitions ?? []).map(
    (definition) => `  // "${definition.variable.name.value}": ${print(definition.type)}`,
  );
  return lines.length ? `{\n${lines.join('\n')}\n}\n` : '{}\n';
}

/** The tabs the playground opens with, first the one shown. */
export function exampleTabs(ids: SeedIds, folder = sdkOperationsFolder): ExampleTab[] {
  const { operations, fragments } = readSdkDocuments(folder);
  const order = Object.keys(examples);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const named = operations
    .filter(({ operation }) => operation.name)
    .sort((a, b) => rank(a.operation.name!.value) - rank(b.operation.name!.value));
  return named.map(({ operation, file }): ExampleTab => {
    const name = operation.name!.value;
    const example = examples[name];
    const header = [
      `# ${name}: ${example?.about ?? `the SDK's ${operation.operation} of that name.`}`,
      `# From the SDK (sdk/src/operations/${file}); the variables are below.`,
      editorKeyPointer,
    ].join('\n');
    const documentText = [operation, ...fragmentsUsedBy(operation, fragments)]
      .map((definition) => print(definition))
      .join('\n\n');
    return {
      query: `${header}\n${documentText}\n`,
      variables: example ? variablesText(example.variables(ids)) : blankVariables(operation),
      headers: headersNote,
    };
  });
}
