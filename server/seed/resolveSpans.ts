// Turns an annotation's spans and mention forms into positions in the parsed article.
// Pure: the article blocks and the annotation in, positions or problems out.
import type { Block } from '../ingest/parse.js';
import type { SpanRef } from './format.js';

export interface Position {
  blockIndex: number;
  start: number;
  end: number;
  text: string;
}

/** A problem with one field of an annotation file, said so that an editor can fix it. */
export interface AnnotationProblem {
  field: string;
  expected: string;
}

function occurrences(blocks: Block[], text: string, boundary: boolean): Position[] {
  const found: Position[] = [];
  blocks.forEach((block, blockIndex) => {
    for (
      let start = block.text.indexOf(text);
      start !== -1;
      start = block.text.indexOf(text, start + 1)
    ) {
      const end = start + text.length;
      // A form must end a word: "الروسي" is not a mention inside "الروسية". Leading clitics
      // (و، ب، ل) are allowed, so the start is not checked.
      if (boundary && /[\p{L}\p{M}]/u.test(block.text[end] ?? '')) continue;
      found.push({ blockIndex, start, end, text });
    }
  });
  return found;
}

/** Finds a span by its exact text; a recurring text needs `occurrence`. */
export function locateSpan(
  blocks: Block[],
  span: SpanRef,
  field: string,
): Position | AnnotationProblem {
  const found = occurrences(blocks, span.text, false);
  if (found.length === 0) {
    return {
      field: `${field}.text`,
      expected: `a passage of the article body, copied exactly; "${span.text}" is not in it`,
    };
  }
  if (span.occurrence === undefined) {
    if (found.length > 1) {
      return {
        field: `${field}.occurrence`,
        expected:
          `which of the ${found.length} occurrences of "${span.text}" is meant ` +
          `(1..${found.length})`,
      };
    }
    return found[0]!;
  }
  return (
    found[span.occurrence - 1] ?? {
      field: `${field}.occurrence`,
      expected: `a number from 1 to ${found.length}: "${span.text}" occurs ${found.length} time(s)`,
    }
  );
}

/** Every occurrence of an entity's forms, longest form first, without overlaps. */
export function locateForms(
  blocks: Block[],
  forms: string[],
  field: string,
): Position[] | AnnotationProblem {
  const taken: Position[] = [];
  const byLength = forms
    .map((form, index) => ({ form, index }))
    .sort((a, b) => b.form.length - a.form.length);
  for (const { form, index } of byLength) {
    const found = occurrences(blocks, form, true);
    if (found.length === 0) {
      return {
        field: `${field}.forms[${index}]`,
        expected: `a form that occurs in the article body as a whole word; "${form}" does not`,
      };
    }
    for (const position of found) {
      const overlaps = taken.some(
        (other) =>
          other.blockIndex === position.blockIndex &&
          position.start < other.end &&
          other.start < position.end,
      );
      if (!overlaps) taken.push(position);
    }
  }
  return taken.sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start);
}

export function isProblem(value: unknown): value is AnnotationProblem {
  return typeof value === 'object' && value !== null && 'expected' in value && 'field' in value;
}
