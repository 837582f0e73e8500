// Opaque global IDs in the style of GitHub's API: base64url of "Type:id". A malformed ID
// is the caller's mistake and gets a BAD_USER_INPUT error, not a server error.
import { GraphQLError } from 'graphql';

export function encodeGlobalId(typename: string, id: bigint | number | string): string {
  return Buffer.from(`${typename}:${String(id)}`).toString('base64url');
}

export function invalidInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...details } });
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId)
    ? Buffer.from(globalId, 'base64url').toString('utf8')
    : '';
  // Row ids are 32-bit integers on both databases; a longer number is no ID of ours.
  const match = /^([A-Z][A-Za-z]{0,40}):(\d{1,10})$/.exec(decoded);
  if (match && Number(match[2]) > 2_147_483_647) throw invalidInput('not a valid global ID');
  // The input is never echoed: it may be megabytes long, or crafted.
  if (!match) throw invalidInput('not a valid global ID (use an `id` the API returned)');
  return { typename: match[1]!, id: match[2]! };
}

/** "an Article", "a Person": the indefinite article a type name takes. */
export function withArticle(noun: string): string {
  return `${/^[AEIOU]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** The database id inside a global ID that must belong to `typename`. */
export function idOfType(globalId: string, typename: string): number {
  const decoded = decodeGlobalId(globalId);
  if (decoded.typename !== typename) {
    throw invalidInput(
      `the ID of ${withArticle(decoded.typename)} was given where the ID of ` +
        `${withArticle(typename)} is expected`,
    );
  }
  return Number(decoded.id);
}
