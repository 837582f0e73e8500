// The SQLite file's identity. Khabar creates a database file only where none has been
// before, and stops writing (HTTP 503) when the file it opened is deleted or replaced:
// SQLite would otherwise go on writing into the deleted file, and the next start would
// make a new, empty database in its place, losing every article and API key silently.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseUnavailableError } from './faults.js';

/**
 * Written beside the database file (`khabar.db` → `khabar.db.created`) when Khabar first
 * opens it. A missing database file next to this marker was deleted or moved, not never made.
 */
export const creationMarkerOf = (file: string): string => `${file}.created`;

/** Thrown at start when a database file that existed has vanished. */
export class DatabaseMissingError extends Error {
  override name = 'DatabaseMissingError';
}

/** A path as an operator would type it: relative inside the working folder, else absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
const shown = shownPath;

/**
 * Decides whether `file` may be created: yes on first use; no when its creation marker or
 * its write-ahead log says a database lived there (then DatabaseMissingError, saying how to
 * restore it or start over).
 */
export function assertMayCreate(file: string): void {
  if (existsSync(file)) return;
  const marker = creationMarkerOf(file);
  if (existsSync(marker)) {
    const since = readFileSync(marker, 'utf8').trim().split('\n')[0] ?? '';
    throw new DatabaseMissingError(
      `the SQLite database ${shown(file)} is missing, but Khabar created it before` +
        `${since ? ` (${since})` : ''}: it was deleted or moved. Restore it from a backup, ` +
        `or delete ${shown(marker)} to start over with a new, empty database.`,
    );
  }
  if (existsSync(`${file}-wal`)) {
    throw new DatabaseMissingError(
      `the SQLite database ${shown(file)} is missing, but its write-ahead log ` +
        `${shown(`${file}-wal`)} is there: the database was deleted or moved. Restore it, or ` +
        'delete the -wal and -shm files to start over with a new, empty database.',
    );
  }
}

/** Writes the creation marker if it is not there yet (a read-only folder is no error). */
export function markCreated(file: string): void {
  const marker = creationMarkerOf(file);
  if (existsSync(marker)) return;
  try {
    writeFileSync(
      marker,
      `created ${new Date().toISOString()}\n` +
        `Khabar refuses to start when ${path.basename(file)} is missing while this file ` +
        'exists. Delete this file only to start over with a new, empty database.\n',
    );
  } catch {
    // Without the marker the rule falls back to the -wal check; the server still starts.
  }
}

interface FileIdentity {
  dev: number;
  ino: number;
}

function identityOf(file: string): FileIdentity | null {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? { dev: stats.dev, ino: stats.ino } : null;
}

/** How long a good check stands for reads (a stat a statement would cost a read ~5 %). */
const readCheckIntervalMs = 1000;

/**
 * Remembers which file (device and inode) was opened at a path, and tells whether the
 * path still names that file: before each write, and before reads at most once a second.
 */
export class SqliteFileGuard {
  private identity: FileIdentity | null = null;
  private checkedAt = 0;

  constructor(readonly file: string) {}

  /** Records the file now at the path as the database (after it was opened or created). */
  remember(): void {
    this.identity = identityOf(this.file);
  }

  /** check(), unless a check passed within the last second: before a read. */
  checkForRead(): void {
    if (performance.now() - this.checkedAt < readCheckIntervalMs) return;
    this.check();
  }

  /** Throws DatabaseUnavailableError when the remembered file is no longer at its path. */
  check(): void {
    if (!this.identity) return;
    const now = identityOf(this.file);
    if (now && now.dev === this.identity.dev && now.ino === this.identity.ino) {
      this.checkedAt = performance.now();
      return;
    }
    this.checkedAt = 0;
    throw new DatabaseUnavailableError(
      now ? 'the database file was replaced' : 'the database file was deleted',
      `the SQLite database ${shown(this.file)} was ` +
        `${now ? 'replaced by another file' : 'deleted or moved'} ` +
        'while Khabar was running; nothing more is written to it. Restore the file and ' +
        'restart Khabar.',
    );
  }
}
