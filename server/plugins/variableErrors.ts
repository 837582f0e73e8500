// graphql-js reports a variable it cannot coerce as `Variable "$input" got invalid value
// <the value> at "input.publishedAt"; <why>`, quoting the value: it may be megabytes, or a
// secret. The client gets the variable, the place and the reason, never the value.
import type { GraphQLError } from 'graphql';

const coercionError = /^Variable "\$(\w+)" got invalid value /;
const pathAtEnd = / at "([\w.[\]]+)"$/;

/** Rewrites a variable coercion error's message without the value; false for other errors. */
export function withoutEchoedVariable(error: GraphQLError): boolean {
  const variable = coercionError.exec(error.message)?.[1];
  if (!variable) return false;
  const inner = error.originalError?.message;
  let reason: string;
  let head: string;
  if (inner && error.message.endsWith(`; ${inner}`)) {
    reason = inner;
    head = error.message.slice(0, -(inner.length + 2));
  } else {
    const separator = error.message.lastIndexOf('; ');
    reason = separator >= 0 ? error.message.slice(separator + 2) : 'not a valid value';
    head = separator >= 0 ? error.message.slice(0, separator) : error.message;
  }
  // "String cannot represent a non string value: 123" quotes the value too.
  reason = reason.replace(/^(\w+ cannot represent [^:]*):[\s\S]*$/, '$1.');
  const path = pathAtEnd.exec(head)?.[1];
  const place = path ? ` at "${path}"` : '';
  error.message = `Variable "$${variable}" has an invalid value${place}: ${reason}`;
  return true;
}
