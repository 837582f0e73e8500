// Arguments checked before execution, in literals and variables alike:
// - cursors: every connection pages by row id, so a cursor the API returned is base64 of
//   "GPC:N:<id>"; anything else would reach Prisma as NaN or as a number past the id column;
// - strings: a NUL character (PostgreSQL refuses it in text) or a lone surrogate (no valid
//   UTF-8 exists for it) can match nothing and would fail in the driver.
// Refusals never echo the argument.
import { getOperationAST, Kind, type ValueNode, visit } from 'graphql';
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

export function useArgumentCheck(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      // Mutations check their own input, with messages that say where and how many.
      const reads = getOperationAST(args.document, args.operationName)?.operation !== 'mutation';
      let refusal: string | null = null;
      if (reads && holdsUnstorableText(variables)) refusal = 'text';
      visit(args.document, {
        StringValue(node) {
          if (reads && unstorable.test(node.value)) refusal = 'text';
        },
        Argument(node) {
          if (!cursorArguments.has(node.name.value)) return;
          const value = literalOrVariable(node.value, variables);
          if (typeof value === 'string' && !isValidCursor(value)) refusal ??= 'cursor';
        },
      });
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
