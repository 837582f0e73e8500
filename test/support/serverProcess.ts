// `npm start` as a real process: started with an environment, read from its output, stopped
// by a signal. For what only a process shows: signals, ports, exit codes, files on disk.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { repoRoot } from '../../server/db/provider.js';

export interface ServerProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
  /** stdout's JSON lines so far (LOG_FORMAT=json), parsed. */
  logLines: () => Record<string, unknown>[];
  exited: Promise<number | null>;
}

export interface StartOptions {
  /** Run as this user and group (tests running as root use it to meet file permissions). */
  uid?: number;
  gid?: number;
}

export function startServer(
  env: Record<string, string | undefined>,
  options: StartOptions = {},
): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: options.uid,
    gid: options.gid,
  });
  let output = '';
  let stdout = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    output: () => output,
    logLines: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
  };
}

/** Waits until the server says it serves; throws with its output if it stops or stalls. */
export async function waitForServing(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!server.output().includes('Khabar is serving')) {
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output()}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until `predicate` holds for the output, or throws after `timeoutMs`. */
export async function waitForOutput(
  server: ServerProcess,
  predicate: (output: string) => boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate(server.output())) {
    if (Date.now() > deadline) throw new Error(`output never matched: ${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Stops a server that may still run (SIGTERM, then SIGKILL after 10 s). */
export async function stopServer(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await server.exited;
  clearTimeout(timer);
}

export interface GraphQLOverHttp {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: each query's shape, checked field by field.
  body: any;
}

/** A GraphQL POST to a server process. */
export async function postGraphQL(
  port: number,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLOverHttp> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** Runs as the unprivileged user when the tests run as root, so that file modes apply. */
export const unprivileged: StartOptions =
  process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
