// The page-size rule of every connection, written once: first/last from 1 to 100, an
// error (not a silent clamp) outside that range.
import { invalidInput } from './globalId.js';

export const maxPageSize = 100;
export const defaultPageSize = 20;

/** Use as `maxSize` of every connection: validates the arguments, then returns the limit. */
export function checkedPageSize(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 1 || value > maxPageSize)) {
      throw invalidInput(`"${name}" must be between 1 and ${maxPageSize}, got ${value}`, {
        argumentName: name,
      });
    }
  }
  return maxPageSize;
}

export const pageOptions = { maxSize: checkedPageSize, defaultSize: defaultPageSize } as const;
