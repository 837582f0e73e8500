// The budget of one operation, applied after validation with the variables known: its cost
// against the per-operation limit and against the caller's hourly budget (rate limit), a
// deadline that also fires when the client goes away, and a cap on the size of the answer.
// The cost and the remaining budget come back in `extensions`, as GitHub and Shopify do.
import { createHash } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { costOf, limitError, type QueryLimits } from './queryLimits.js';
import type { RateLimiter } from './rateLimiter.js';

interface Budget {
  cost: number;
  rateLimit?: { limit: number; remaining: number; resetAt: string };
}

interface NodeRequestContext {
  request?: Request;
  req?: { socket?: { remoteAddress?: string } };
}

/** Who pays for an operation: the API key when one is sent, else the client address. */
export function payerFor(authorization: string | null | undefined, address: string | undefined) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (bearer) return `key:${createHash('sha256').update(bearer).digest('hex').slice(0, 24)}`;
  return `address:${address ?? 'local'}`;
}

function payerOf(context: NodeRequestContext): string {
  return payerFor(
    context.request?.headers.get('authorization'),
    context.req?.socket?.remoteAddress,
  );
}

/** The most variable sets whose cost is remembered per document. */
const costsPerDocument = 1000;
/** Longer variables (an article's text) are costed afresh, never kept as a key. */
const maxCostKeyLength = 2048;

export function useQueryBudget(limits: QueryLimits, rateLimiter: RateLimiter | null): Plugin {
  const budgets = new WeakMap<Request, Budget>();
  // Yoga hands the same parsed document for the same query text, so a cost is computed once
  // per document, operation and variables (a walk of the whole document otherwise).
  const costs = new WeakMap<object, Map<string, number>>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as NodeRequestContext;
      const operation = getOperationAST(args.document, args.operationName);
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const costKey = `${args.operationName ?? ''}|${JSON.stringify(variables)}`;
      let known = costs.get(args.document);
      let cost: number;
      try {
        cost =
          known?.get(costKey) ??
          costOf({
            schema: args.schema,
            query: args.document,
            variables,
            operationName: args.operationName ?? undefined,
          });
      } catch (error) {
        // graphql-query-complexity refuses documents past its own node limit, and variables
        // it cannot coerce: those the executor refuses too, with its own message, before any
        // field runs.
        if (!messageOf(error).includes('maximum allowed number of nodes')) return;
        setResultAndStopExecution({
          errors: [limitError('QUERY_TOO_COSTLY', 'The document has too many fields to cost.')],
        });
        return;
      }
      if (costKey.length <= maxCostKeyLength) {
        if (!known) {
          known = new Map();
          costs.set(args.document, known);
        }
        if (known.size >= costsPerDocument) known.clear();
        known.set(costKey, cost);
      }
      const budget: Budget = { cost };
      if (context.request) budgets.set(context.request, budget);
      if (cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            limitError(
              'QUERY_TOO_COSTLY',
              `This ${operation?.operation ?? 'operation'} would cost ${cost} points; the limit ` +
                `is ${limits.maxCost}. Ask for fewer items (first/last) or fewer nested lists.`,
              { cost, maxCost: limits.maxCost },
            ),
          ],
          extensions: { cost: { requested: cost, maximum: limits.maxCost } },
        });
        return;
      }
      if (rateLimiter) {
        const verdict = await rateLimiter.consume(payerOf(context), cost);
        budget.rateLimit = verdict.budget;
        if (!verdict.allowed) {
          const retryAfter = Math.max(1, Math.ceil(verdict.msBeforeNext / 1000));
          setResultAndStopExecution({
            errors: [
              limitError(
                'RATE_LIMITED',
                `The hourly budget of ${verdict.budget.limit} points is spent; it refills at ` +
                  `${verdict.budget.resetAt}.`,
                { http: { status: 429, headers: { 'retry-after': String(retryAfter) } } },
              ),
            ],
            extensions: { cost: { requested: cost, maximum: limits.maxCost }, ...verdict },
          });
          return;
        }
      }

      // The deadline: the executor stops at its next field when the timer fires or the client
      // goes away. Its reason is the error the client gets (a bare abort would be dropped).
      const deadline = new AbortController();
      const timer = setTimeout(() => {
        deadline.abort(
          limitError(
            'EXECUTION_TIMEOUT',
            `The operation ran longer than ${limits.executionTimeoutMs / 1000} s and was ` +
              'stopped. Ask for fewer items.',
          ),
        );
      }, limits.executionTimeoutMs);
      timer.unref();
      const clientSignal = context.request?.signal;
      clientSignal?.addEventListener('abort', () => deadline.abort(clientSignal.reason), {
        once: true,
      });
      (args as { signal?: AbortSignal }).signal = deadline.signal;

      return {
        onExecuteDone({ result, setResult }) {
          clearTimeout(timer);
          if (!('data' in result || 'errors' in result)) return; // a stream: not ours
          const extensions = {
            ...result.extensions,
            cost: { requested: cost, maximum: limits.maxCost },
            ...(budget.rateLimit ? { rateLimit: budget.rateLimit } : {}),
          };
          const bytes = result.data ? Buffer.byteLength(JSON.stringify(result.data)) : 0;
          if (bytes > limits.maxResponseBytes) {
            setResult({
              errors: [
                limitError(
                  'RESPONSE_TOO_LARGE',
                  `The answer would be ${bytes} bytes; the limit is ${limits.maxResponseBytes}. ` +
                    'Ask for fewer items or fewer fields.',
                ),
              ],
              extensions,
            });
            return;
          }
          setResult({ ...result, extensions });
        },
      };
    },
    onResponse({ request, response }) {
      const rateLimit = budgets.get(request)?.rateLimit;
      if (!rateLimit) return;
      response.headers.set('x-ratelimit-limit', String(rateLimit.limit));
      response.headers.set('x-ratelimit-remaining', String(rateLimit.remaining));
      response.headers.set('x-ratelimit-reset', rateLimit.resetAt);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
