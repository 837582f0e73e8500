import { builder } from '../builder.js';

/** Where a fact stands in its article. */
export const Span = builder
  .objectRef<{ blockIndex: number; start: number; end: number }>('Span')
  .implement({
    description:
      'A passage of an article: the block (Article.blocks[index], or the title when the ' +
      'index is -1) and offsets into its text in UTF-16 code units (JavaScript string ' +
      'indices), end exclusive.',
    fields: (t) => ({
      blockIndex: t.exposeInt('blockIndex', {
        description:
          'Index of the block in Article.blocks; -1 for the title (Article.title): a quote, ' +
          'person or figure in the headline.',
      }),
      start: t.exposeInt('start', { description: 'Offset of the first character.' }),
      end: t.exposeInt('end', { description: 'Offset after the last character.' }),
    }),
  });
