import { GraphQLError } from 'graphql';
import { builder, type Context } from '../builder.js';
import { maxHtmlLength, maxUrlLength } from '../ingest/input.js';
import { IngestError, maxTextLength } from '../ingest/pipeline.js';
import { LanguageEnum } from './enums.js';
import { decodeGlobalId, encodeGlobalId, invalidInput } from './globalId.js';

const IngestStatus = builder.enumType('IngestStatus', {
  description: 'What ingesting a text did.',
  values: {
    CREATED: { description: 'A new article was stored.' },
    UPDATED: {
      description:
        'An article with the same URL (normalized) had another text; its machine-extracted ' +
        'facts were replaced.',
    },
    UNCHANGED: {
      description:
        'The same text was already stored, under any URL or none; nothing was written and ' +
        'the stored article is returned.',
    },
  } as const,
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'A raw article, as copied from a news page.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description:
        `The text as written (Arabic; at most ${maxTextLength} characters), or the HTML of ` +
        `the page (at most ${maxHtmlLength} characters), which is turned into text.`,
    }),
    url: t.string({
      description:
        `Where it was published: http or https, at most ${maxUrlLength} characters. The ` +
        "article's identity: a changed text with the same URL (normalized) replaces this " +
        "article's extracted facts.",
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

async function requireEditor(ctx: Context, action: string): Promise<void> {
  const scope = await ctx.apiKeyScope();
  if (scope === null) throw unauthenticated();
  if (scope !== 'EDITOR') {
    throw new GraphQLError(`this API key may read but not ${action}: an editor key is needed`, {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    });
  }
}

builder.mutationType({ description: 'Changes to the knowledge graph; each needs an API key.' });

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description:
      'Stores a raw article and the facts extracted from it (people, statements, figures). ' +
      'Needs an editor key.',
    args: {
      input: t.arg({ type: IngestArticleInput, required: true, description: 'The article.' }),
    },
    resolve: async (_root, { input }, ctx) => {
      await requireEditor(ctx, 'ingest');
      try {
        if (input.url != null && input.url.length > maxUrlLength)
          throw new IngestError(
            `url has ${input.url.length} characters; the limit is ${maxUrlLength}`,
          );
        // The facts of the article this URL names, which an UPDATE replaces.
        const change = await ctx.responseCache.articleChange(ctx.prisma, {
          url: input.url ?? null,
        });
        const result = await ctx.ingestor.ingest(input.text, {
          url: input.url ?? null,
          publishedAt: input.publishedAt ?? null,
          language: input.language ?? null,
        });
        // Before the answer: a query sent after it must see the new facts.
        if (result.status !== 'unchanged') await change.commit(result.articleId);
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

const DeleteArticlePayload = builder
  .objectRef<{ id: number; slug: string; people: number; organizations: number; events: number }>(
    'DeleteArticlePayload',
  )
  .implement({
    description: 'What deleting an article removed.',
    fields: (t) => ({
      deletedArticleId: t.id({
        description: 'The global ID the article had.',
        resolve: (deleted) => encodeGlobalId('Article', deleted.id),
      }),
      slug: t.exposeString('slug', { description: 'The slug the article had.' }),
      deletedPeople: t.exposeInt('people', {
        description: 'Machine-extracted people no other article mentions, deleted with it.',
      }),
      deletedOrganizations: t.exposeInt('organizations', {
        description: 'Machine-extracted organizations nothing else refers to, deleted with it.',
      }),
      deletedEvents: t.exposeInt('events', {
        description: 'Machine-extracted events no other article reports, deleted with it.',
      }),
    }),
  });

/** The longest global ID accepted; real ones are ~20 characters. */
const maxGlobalIdLength = 100;

builder.mutationFields((t) => ({
  deleteArticle: t.field({
    type: DeleteArticlePayload,
    description:
      'Deletes an extracted article with its facts, and the machine-extracted people, ' +
      'organizations and events no other article refers to; curated entities always stay. ' +
      'Curated (seed) articles cannot be deleted. Needs an editor key.',
    args: {
      id: t.arg.id({ required: true, description: 'The global ID of the article.' }),
    },
    resolve: async (_root, { id }, ctx) => {
      await requireEditor(ctx, 'delete');
      const globalId = String(id);
      if (globalId.length > maxGlobalIdLength)
        throw invalidInput(
          `id has ${globalId.length} characters; a global ID has at most ${maxGlobalIdLength}`,
        );
      let decoded: { typename: string; id: string } | null = null;
      try {
        decoded = decodeGlobalId(globalId);
      } catch {
        decoded = null;
      }
      if (!decoded) throw invalidInput('id is not a global ID');
      if (decoded.typename !== 'Article') throw invalidInput('id is not the ID of an Article');
      try {
        const change = await ctx.responseCache.articleChange(ctx.prisma, {
          id: Number(decoded.id),
        });
        const deleted = await ctx.ingestor.deleteArticle(Number(decoded.id));
        if (!deleted)
          throw new GraphQLError('no article has this ID', { extensions: { code: 'NOT_FOUND' } });
        await change.commit(null);
        return deleted;
      } catch (error) {
        if (error instanceof IngestError)
          throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
        throw error;
      }
    },
  }),
}));
