// Arguments checked before execution, in literals and variables alike:
// - cursors: every connection pages by row id, so a cursor the API returned is base64 of
//   "GPC:N:<id>"; anything else would reach Prisma as NaN or as a number past the id column;
// - strings: a NUL character (PostgreSQL refuses it in text) or a lone surrogate (no valid
//   UTF-8 exists for it) can match nothing and would fail in the driver.
// Refusals never echo the argument.
import { type DocumentNode, getOperationAST, Kind, type ValueNode, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './queryLimits.js';

const cursorArguments = new Set(['after', 'before']);
const maxCursorLength = 40;
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isValidCursor(cursor: string): boolean {
  if (cursor.length > maxCursorLength) return false;
  const match = /^GPC:N:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64').toString('latin1'));
  return !!match && Number(match[1]) <= 2_147_483_647;
}

/** True when a value (of any depth) holds a string that no database can store. */
export function holdsUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return unstorable.test(value);
  if (Array.isArray(value)) return value.some(holdsUnstorableText);
  if (value && typeof value === 'object') return Object.values(value).some(holdsUnstorableText);
  return false;
}

function literalOrVariable(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return node.kind === Kind.STRING ? node.value : null;
}

/** What a document itself holds: unstorable literal text, and its cursor arguments. */
interface DocumentArguments {
  unstorableLiteral: boolean;
  cursors: ValueNode[];
}

function argumentsOf(document: DocumentNode): DocumentArguments {
  const found: DocumentArguments = { unstorableLiteral: false, cursors: [] };
  visit(document, {
    StringValue(node) {
      if (unstorable.test(node.value)) found.unstorableLiteral = true;
    },
    Argument(node) {
      if (cursorArguments.has(node.name.value)) found.cursors.push(node.value);
    },
  });
  return found;
}

export function useArgumentCheck(): Plugin {
  // Yoga hands the same parsed document for the same query text: it is walked once.
  const byDocument = new WeakMap<DocumentNode, DocumentArguments>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      // Mutations check their own input, with messages that say where and how many.
      const reads = getOperationAST(args.document, args.operationName)?.operation !== 'mutation';
      let found = byDocument.get(args.document);
      if (!found) {
        found = argumentsOf(args.document);
        byDocument.set(args.document, found);
      }
      let refusal: string | null = null;
      if (reads && (found.unstorableLiteral || holdsUnstorableText(variables))) refusal = 'text';
      for (const node of found.cursors) {
        const value = literalOrVariable(node, variables);
        if (typeof value === 'string' && !isValidCursor(value)) refusal ??= 'cursor';
      }
      if (!refusal) return;
      setResultAndStopExecution({
        errors: [
          limitError(
            'BAD_USER_INPUT',
            refusal === 'cursor'
              ? 'not a valid cursor (use a cursor the API returned)'
              : 'a text argument holds a NUL character or a lone UTF-16 surrogate',
          ),
        ],
      });
    },
  };
}
