// Cursors checked before execution. Every connection pages by row id, so a cursor the API
// returned is base64 of "GPC:N:<id>"; anything else is refused here, without echoing it,
// instead of reaching Prisma as NaN or as a number past the id column.
import { Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './queryLimits.js';

const cursorArguments = new Set(['after', 'before']);
const maxCursorLength = 40;

export function isValidCursor(cursor: string): boolean {
  if (cursor.length > maxCursorLength) return false;
  const match = /^GPC:N:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64').toString('latin1'));
  return !!match && Number(match[1]) <= 2_147_483_647;
}

export function useCursorCheck(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let bad = false;
      visit(args.document, {
        Argument(node) {
          if (!cursorArguments.has(node.name.value)) return;
          const value =
            node.value.kind === Kind.VARIABLE
              ? variables[node.value.name.value]
              : node.value.kind === Kind.STRING
                ? node.value.value
                : null;
          if (typeof value === 'string' && !isValidCursor(value)) bad = true;
        },
      });
      if (bad) {
        setResultAndStopExecution({
          errors: [
            limitError('BAD_USER_INPUT', 'not a valid cursor (use a cursor the API returned)'),
          ],
        });
      }
    },
  };
}
