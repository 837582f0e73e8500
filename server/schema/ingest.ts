import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { IngestError, maxTextLength } from '../ingest/pipeline.js';
import { LanguageEnum } from './enums.js';

const IngestStatus = builder.enumType('IngestStatus', {
  description: 'What ingesting a text did.',
  values: {
    CREATED: { description: 'A new article was stored.' },
    UPDATED: {
      description:
        'The article existed (same slug or URL) with another text; its machine-extracted facts were replaced.',
    },
    UNCHANGED: { description: 'The same text was already stored; nothing was written.' },
  } as const,
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'A raw article, as copied from a news page.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description: `The text as written (Arabic; at most ${maxTextLength} characters).`,
    }),
    url: t.string({
      description: 'Where it was published; the same URL later replaces this article.',
    }),
    publishedAt: t.field({
      type: 'Date',
      description: 'The day of publication, when the text has no date line.',
    }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language of the text (only AR is extracted for now).',
    }),
  }),
});

const IngestArticlePayload = builder
  .objectRef<{
    articleId: number;
    status: 'CREATED' | 'UPDATED' | 'UNCHANGED';
    warnings: string[];
  }>('IngestArticlePayload')
  .implement({
    description: 'The stored article and what extraction noticed.',
    fields: (t) => ({
      article: t.prismaField({
        type: 'Article',
        description: 'The article as stored, with the facts extracted from it.',
        resolve: (query, payload, _args, ctx) =>
          ctx.prisma.article.findUniqueOrThrow({ ...query, where: { id: payload.articleId } }),
      }),
      status: t.field({
        type: IngestStatus,
        description: 'Created, updated or unchanged.',
        resolve: (payload) => payload.status,
      }),
      warnings: t.stringList({
        description: 'Things extraction could not settle (e.g. a date taken from the text).',
        resolve: (payload) => payload.warnings,
      }),
    }),
  });

const unauthenticated = () =>
  new GraphQLError(
    'an API key is required: send "Authorization: Bearer <key>" with an editor key',
    {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    },
  );

builder.mutationType({ description: 'Changes to the knowledge graph; each needs an API key.' });

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description:
      'Stores a raw article and the facts extracted from it (people, statements, figures). Needs an editor key.',
    args: {
      input: t.arg({ type: IngestArticleInput, required: true, description: 'The article.' }),
    },
    resolve: async (_root, { input }, ctx) => {
      const scope = await ctx.apiKeyScope();
      if (scope === null) throw unauthenticated();
      if (scope !== 'EDITOR') {
        throw new GraphQLError('this API key may read but not ingest: an editor key is needed', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      }
      try {
        const result = await ctx.ingestor.ingest(input.text, {
          url: input.url ?? null,
          publishedAt: input.publishedAt ?? null,
          language: input.language ?? null,
        });
        return {
          articleId: result.articleId,
          status: result.status.toUpperCase() as 'CREATED',
          warnings: result.warnings,
        };
      } catch (error) {
        if (error instanceof IngestError)
          throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
        throw error;
      }
    },
  }),
}));
