// Starts a bench process (Khabar, a baseline, the peer) and waits for its ready line.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../server/db/provider.js';

/** The end of a child's output shown when it exits before it is ready. */
const shownOutputChars = 4096;

/**
 * `script` under tsx with `env` added to this process's, resolved once its standard output
 * shows `ready`. The output goes to a file, deleted when the child exits, as a deployment's
 * logs would: through a pipe, a server that logs each request would wait on the measuring
 * process to read it (Linux writes to pipes synchronously) and cost it CPU under load.
 */
export async function startProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
  ready: string,
): Promise<ChildProcess> {
  const directory = mkdtempSync(path.join(tmpdir(), 'khabar-bench-'));
  const outputFile = path.join(directory, 'stdout.log');
  const output = openSync(outputFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', output, 'inherit'],
  });
  closeSync(output);
  const outputSoFar = () => readFileSync(outputFile, 'utf8');
  let exited: string | undefined;
  child.once('exit', (code) => {
    exited = `${script} exited with ${code}: ${outputSoFar().slice(-shownOutputChars)}`;
    rmSync(directory, { recursive: true, force: true });
  });
  for (;;) {
    if (exited !== undefined) throw new Error(exited);
    if (outputSoFar().includes(ready)) return child;
    await sleep(100);
  }
}
