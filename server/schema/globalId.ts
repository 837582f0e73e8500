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
  const match = /^([A-Z][A-Za-z]*):(\d+)$/.exec(decoded);
  if (!match) throw invalidInput(`"${globalId}" is not a valid global ID`, { id: globalId });
  return { typename: match[1]!, id: match[2]! };
}

/** The database id inside a global ID that must belong to `typename`. */
export function idOfType(globalId: string, typename: string): number {
  const decoded = decodeGlobalId(globalId);
  if (decoded.typename !== typename) {
    throw invalidInput(
      `"${globalId}" is the ID of a ${decoded.typename}, expected the ID of a ${typename}`,
      { id: globalId },
    );
  }
  return Number(decoded.id);
}
