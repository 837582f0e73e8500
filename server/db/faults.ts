// Database faults: errors that say the database cannot serve now (gone, read-only, full,
// unreachable, too slow), as opposed to a bad request or a bug. The API answers them with
// HTTP 503 and SERVICE_UNAVAILABLE (app.ts); the server refuses to start on them (main.ts).

/** Raised by Khabar itself when it finds the database unusable (e.g. its file vanished). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  /**
   * @param reason a short sentence for clients and logs, with no path or host in it
   * @param detail what only the operator should read (paths, hosts); defaults to `reason`
   */
  constructor(
    readonly reason: string,
    readonly detail: string = reason,
    options?: ErrorOptions,
  ) {
    super(detail, options);
  }
}

const sqliteReasons: [RegExp, string][] = [
  [/^SQLITE_READONLY/, 'the database is read-only'],
  [/^SQLITE_FULL/, 'the disk holding the database is full'],
  [/^SQLITE_CANTOPEN/, 'the database file cannot be opened'],
  [/^SQLITE_IOERR/, 'the database file cannot be read or written (I/O error)'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'the database file is damaged'],
  [/^SQLITE_(BUSY|LOCKED)/, 'the database is locked by another writer'],
  [/^SQLITE_PERM/, 'the database file may not be written'],
];

/** PostgreSQL SQLSTATE codes (and classes) that mean the server cannot serve now. */
const postgresReasons: [RegExp, string][] = [
  [/^25006$/, 'the database is read-only'],
  [/^53100$/, 'the disk holding the database is full'],
  [/^53/, 'the database is out of resources'],
  [/^57014$/, 'the database did not answer in time (statement timeout)'],
  [/^25P03$/, 'the database transaction was idle for too long'],
  [/^57P0[1-4]$/, 'the database server is shutting down or starting'],
  [/^08/, 'the connection to the database failed'],
  [/^3D000$/, 'the database does not exist'],
  [/^28/, 'the database refused the credentials'],
  [/^58/, 'the database server had a system error'],
];

/** The driver adapters' error kinds that mean the database cannot be reached. */
const adapterKindReasons: Record<string, string> = {
  DatabaseNotReachable: 'the database server does not answer (connection refused)',
  ConnectionClosed: 'the connection to the database was closed',
  SocketTimeout: 'the database did not answer in time',
  DatabaseDoesNotExist: 'the database does not exist',
  DatabaseAccessDenied: 'the database refused access',
  AuthenticationFailed: 'the database refused the credentials',
  TooManyConnections: 'the database has too many connections',
  TlsConnectionError: 'the secure connection to the database failed',
};

/** Prisma's own codes for a database it cannot reach or that took too long. */
const prismaCodeReasons: Record<string, string> = {
  P1001: 'the database server does not answer',
  P1002: 'the database did not answer in time',
  P1003: 'the database does not exist',
  P1008: 'the database did not answer in time',
  P1017: 'the database server closed the connection',
  P2024: 'no database connection was free in time',
};

/** Socket and pg client errors, which reach Khabar as plain Errors. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const pgClientMessages: [RegExp, string][] = [
  [
    /connection timeout|timeout exceeded when trying to connect/i,
    'the database did not answer in time',
  ],
  [/Query read timeout/i, 'the database did not answer in time'],
  [
    /Connection terminated|connection error|Connection closed/i,
    'the connection to the database was lost',
  ],
];

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

function reasonOfAdapterCause(cause: Fields): string | null {
  const kind = text(cause.kind);
  if (kind === 'sqlite') {
    const code = text(cause.originalCode) ?? '';
    return sqliteReasons.find(([pattern]) => pattern.test(code))?.[1] ?? null;
  }
  if (kind === 'postgres') {
    const code = text(cause.code) ?? text(cause.originalCode) ?? '';
    return postgresReasons.find(([pattern]) => pattern.test(code))?.[1] ?? null;
  }
  return (kind && adapterKindReasons[kind]) ?? null;
}

function reasonOfOne(error: Fields): string | null {
  if (error instanceof DatabaseUnavailableError) return error.reason;
  const meta = error.meta;
  if (isObject(meta) && isObject(meta.driverAdapterError)) {
    const cause = meta.driverAdapterError.cause;
    const reason = isObject(cause) ? reasonOfAdapterCause(cause) : null;
    if (reason) return reason;
  }
  // A DriverAdapterError thrown as it is (raw queries inside some paths).
  if (error.name === 'DriverAdapterError' && isObject(error.cause)) {
    const reason = reasonOfAdapterCause(error.cause);
    if (reason) return reason;
  }
  const code = text(error.code);
  if (code) {
    if (prismaCodeReasons[code]) return prismaCodeReasons[code];
    if (code.startsWith('SQLITE_')) {
      return sqliteReasons.find(([pattern]) => pattern.test(code))?.[1] ?? null;
    }
    if (networkCodes.has(code)) return 'the database server does not answer';
    // pg's DatabaseError carries the SQLSTATE in `code` and says how bad in `severity`.
    if (/^[0-9A-Z]{5}$/.test(code) && typeof error.severity === 'string') {
      const reason = postgresReasons.find(([pattern]) => pattern.test(code))?.[1];
      if (reason) return reason;
    }
  }
  const message = text(error.message) ?? '';
  if (error.constructor === Error || error.name === 'Error') {
    const reason = pgClientMessages.find(([pattern]) => pattern.test(message))?.[1];
    if (reason) return reason;
  }
  return null;
}

/**
 * Why the database cannot serve, when `error` (or what it wraps: GraphQL's originalError,
 * Prisma's driverAdapterError, an Error's cause) is a database fault; null for any other
 * error. The reason is a short phrase fit for clients: it names no path, host or query.
 */
export function databaseFaultOf(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && isObject(current); depth++) {
    const reason = reasonOfOne(current);
    if (reason) return reason;
    current = current.originalError ?? current.cause;
  }
  return null;
}
