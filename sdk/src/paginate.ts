// Following the cursors of a Relay connection, one page at a time.
import { KhabarError } from './errors.js';

/** The part of a connection that paging needs. */
export interface Page<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PaginateOptions {
  /** Items per request, 1 to 100 (the API's limit). Default 50. */
  pageSize?: number;
  /** Stop after this many items in all. Default: no limit. */
  max?: number;
}

export const maxPageSize = 100;

/**
 * Yields every node of a connection, fetching pages of `pageSize` with `first`/`after`
 * until the last page or `max` items.
 */
export async function* followCursors<TNode>(
  fetchPage: (first: number, after: string | null) => Promise<Page<TNode> | null | undefined>,
  { pageSize = 50, max = Number.POSITIVE_INFINITY }: PaginateOptions = {},
): AsyncGenerator<TNode, void, undefined> {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    throw new KhabarError(
      `pageSize must be a whole number from 1 to ${maxPageSize}, got ${pageSize}`,
    );
  }
  if (!(max >= 0)) throw new KhabarError(`max must be 0 or more, got ${max}`);
  let after: string | null = null;
  let yielded = 0;
  while (yielded < max) {
    const page: Page<TNode> | null | undefined = await fetchPage(
      Math.min(pageSize, max - yielded),
      after,
    );
    if (!page) return;
    for (const node of page.nodes) {
      if (yielded >= max) return;
      yield node;
      yielded++;
    }
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
    after = page.pageInfo.endCursor;
  }
}
