// npm run article -- delete <slug>
// Deletes an extracted article with its facts, and the machine-made people, organizations
// and events no other article refers to (curated ones always stay); the same as
// Mutation.deleteArticle. Curated (seed) articles are refused.
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { Ingestor } from '../ingest/ingest.js';
import { IngestError } from '../ingest/pipeline.js';

const usage = 'usage: npm run article -- delete <slug>';

async function main(argv: string[]): Promise<number> {
  const [command, slug, ...rest] = argv;
  if (command !== 'delete' || !slug || rest.length > 0) throw new Error(usage);
  if (slug.length > 200 || !/^[a-z0-9-]+$/.test(slug))
    throw new Error('a slug is made of a-z, 0-9 and "-" (see the slug column of npm run ingest)');
  const database = await openDatabase(loadConfig().database);
  try {
    const article = await database.prisma.article.findUnique({
      where: { slug },
      select: { id: true },
    });
    if (!article) {
      console.error(`no article has the slug ${slug}`);
      return 1;
    }
    const deleted = await new Ingestor(database.prisma).deleteArticle(article.id);
    if (!deleted) {
      console.error(`no article has the slug ${slug}`);
      return 1;
    }
    console.log(
      `deleted article ${deleted.slug}, with ${deleted.people} person(s), ` +
        `${deleted.organizations} organization(s) and ${deleted.events} event(s) ` +
        'no other article referred to',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
