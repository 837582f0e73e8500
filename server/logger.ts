// The service's log: pino, one JSON object a line (for collectors), or pino-pretty's
// coloured lines when a person reads a terminal. Request bodies, variables and query
// strings are never logged; error messages are cut short, as a driver's message may quote
// the values of a failed statement.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config.js';

export type { Logger };

export interface LoggerOptions {
  level: LogLevel;
  format: 'json' | 'pretty';
  /** Where lines go (default stdout); tests pass a stream to read them. */
  destination?: NodeJS.WritableStream;
}

const maxMessageLength = 300;

/**
 * The request being served, set by the request log around each request: every line logged
 * while serving it (Yoga's error lines too) carries its id as `reqId`.
 */
export const requestScope = new AsyncLocalStorage<{ reqId: string }>();

/** An error as logged: its kind, code and the start of its message, and a short stack. */
export function serializeError(thrown: unknown): Record<string, unknown> {
  // A resolver's error reaches the log wrapped in a GraphQLError: the inner one says more.
  const error = (thrown as { originalError?: unknown } | null)?.originalError ?? thrown;
  if (!(error instanceof Error)) return { message: String(error).slice(0, maxMessageLength) };
  const code = (error as { code?: unknown }).code;
  // Prisma's message shows the failed call with its arguments (an article's text, say)
  // before its last line, which says what went wrong.
  const message = error.name.startsWith('PrismaClient')
    ? (error.message.trim().split('\n').at(-1) ?? '')
    : error.message.trim();
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: message.slice(0, maxMessageLength),
    stack: error.stack
      ?.split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 8)
      .join('\n'),
  };
}

export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: undefined, // no pid or hostname on every line: the collector knows them
    serializers: { err: serializeError },
    // A fresh object each line: pino merges the line's fields into what mixin returns.
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { reqId: scope.reqId } : {};
    },
  };
  if (options.format === 'pretty') {
    return pino(
      settings,
      pretty({
        colorize: options.destination ? false : Boolean(process.stdout.isTTY),
        destination: options.destination ?? 1,
        sync: true,
        ignore: 'reqId',
        messageFormat: '{if reqId}[{reqId}] {end}{msg}',
        translateTime: 'HH:MM:ss.l',
      }),
    );
  }
  return pino(settings, options.destination ?? pino.destination({ dest: 1, sync: true }));
}

/** Yoga's logger interface, over pino (Yoga logs the errors it masks, at error level). */
export function yogaLogger(logger: Logger) {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return; // Yoga logs debug lines on every request
      const error = args.find((arg) => arg instanceof Error);
      if (error) logger[level]({ err: error }, 'request failed inside the server');
      else logger[level](args.map((arg) => String(arg).slice(0, maxMessageLength)).join(' '));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
