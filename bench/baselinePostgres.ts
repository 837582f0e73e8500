// The hand-written SQL baseline on PostgreSQL: a minimal Node HTTP handler answering each
// workload with SQL through `pg` (named prepared statements) and JSON.stringify, in the
// same JSON shape as Khabar. Like bench/baseline.ts it lives here, never in the product.
// Usage: tsx bench/baselinePostgres.ts <postgresql url> <port>
import { createServer } from 'node:http';
import pg from 'pg';

const [url, port] = process.argv.slice(2);
// Timestamps as PostgreSQL writes them ("2015-01-01 00:00:00"): the day is their first ten
// characters, as Khabar's Date scalar gives it.
pg.types.setTypeParser(1114, (value) => value);
const pool = new pg.Pool({ connectionString: url, max: 10 });
const day = (value: string | null) => (value === null ? null : value.slice(0, 10));
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

async function rows<T>(name: string, text: string, values: unknown[] = []): Promise<T[]> {
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}

type Speaker = { __typename: 'Person' | 'Organization'; name: string | null };
const speakerOf = (personName: string | null, orgName: string | null): Speaker =>
  personName !== null
    ? { __typename: 'Person', name: personName }
    : { __typename: 'Organization', name: orgName };

async function articlesPageJson(): Promise<unknown> {
  const articles = await rows<{ id: number; title: string; publishedAt: string }>(
    'articles',
    `SELECT id, title, "publishedAt" FROM "Article"
     ORDER BY "publishedAt" DESC NULLS LAST, id DESC LIMIT 20`,
  );
  const ids = articles.map((a) => a.id);
  const [mentions, statements, figures] = await Promise.all([
    rows<{ articleId: number; personId: number; nameAr: string }>(
      'articles-people',
      `SELECT m."articleId", p.id AS "personId", p."nameAr"
       FROM "Mention" m JOIN "Person" p ON p.id = m."personId"
       WHERE m."articleId" = ANY($1)
       ORDER BY m."articleId", m."blockIndex", m.start, m.id`,
      [ids],
    ),
    rows<{ articleId: number; text: string; personName: string | null; orgName: string | null }>(
      'articles-statements',
      `SELECT s."articleId", s.text, p."nameAr" AS "personName", o."nameAr" AS "orgName"
       FROM "Statement" s
       LEFT JOIN "Person" p ON p.id = s."speakerPersonId"
       LEFT JOIN "Organization" o ON o.id = s."speakerOrganizationId"
       WHERE s."articleId" = ANY($1)
       ORDER BY s."articleId", s."blockIndex", s.start, s.id`,
      [ids],
    ),
    rows<{ articleId: number; amount: string; currency: string; year: number | null }>(
      'articles-figures',
      `SELECT "articleId", amount::text AS amount, currency, year FROM "TradeFigure"
       WHERE "articleId" = ANY($1) ORDER BY "articleId", "blockIndex", start, id`,
      [ids],
    ),
  ]);
  return {
    data: {
      articles: {
        nodes: articles.map((a) => {
          const seen = new Set<number>();
          return {
            id: globalId('Article', a.id),
            title: a.title,
            publishedAt: day(a.publishedAt),
            people: mentions
              .filter((m) => m.articleId === a.id && !seen.has(m.personId) && seen.add(m.personId))
              .map((m) => ({ name: m.nameAr })),
            statements: statements
              .filter((s) => s.articleId === a.id)
              .map((s) => ({ text: s.text, speaker: speakerOf(s.personName, s.orgName) })),
            tradeFigures: figures
              .filter((f) => f.articleId === a.id)
              .map((f) => ({ amount: f.amount, currency: f.currency, year: f.year })),
          };
        }),
      },
    },
  };
}

async function personPageJson(slug: string): Promise<unknown> {
  const [person] = await rows<{ id: number; nameAr: string }>(
    'person',
    'SELECT id, "nameAr" FROM "Person" WHERE slug = $1',
    [slug],
  );
  if (!person) return { data: { person: null } };
  const [roles, statements, articles] = await Promise.all([
    rows<{ titleEn: string | null; titleAr: string | null }>(
      'person-roles',
      `SELECT "titleEn", "titleAr" FROM "Role" WHERE "personId" = $1
       ORDER BY "startedOn" DESC NULLS LAST, id`,
      [person.id],
    ),
    rows<{ text: string; saidOn: string | null }>(
      'person-statements',
      `SELECT text, "saidOn" FROM "Statement" WHERE "speakerPersonId" = $1
       ORDER BY "saidOn" DESC NULLS LAST, id DESC LIMIT 20`,
      [person.id],
    ),
    rows<{ title: string; publishedAt: string | null }>(
      'person-articles',
      `SELECT a.title, a."publishedAt" FROM "Article" a
       WHERE EXISTS (SELECT 1 FROM "Mention" m WHERE m."articleId" = a.id AND m."personId" = $1)
       ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC LIMIT 20`,
      [person.id],
    ),
  ]);
  return {
    data: {
      person: {
        name: person.nameAr,
        roles: roles.map((r) => ({ title: r.titleEn ?? r.titleAr ?? '' })),
        statements: { nodes: statements.map((s) => ({ text: s.text, saidOn: day(s.saidOn) })) },
        articles: {
          nodes: articles.map((a) => ({ title: a.title, publishedAt: day(a.publishedAt) })),
        },
      },
    },
  };
}

async function statementsJson(speaker: string): Promise<unknown> {
  const found = await rows<{
    text: string;
    saidOn: string | null;
    personName: string | null;
    orgName: string | null;
  }>(
    'speaker-statements',
    `SELECT s.text, s."saidOn", p."nameAr" AS "personName", o."nameAr" AS "orgName"
     FROM "Statement" s
     LEFT JOIN "Person" p ON p.id = s."speakerPersonId"
     LEFT JOIN "Organization" o ON o.id = s."speakerOrganizationId"
     WHERE (s."speakerPersonId" = (SELECT id FROM "Person" WHERE slug = $1)
         OR s."speakerOrganizationId" = (SELECT id FROM "Organization" WHERE slug = $1))
       AND s."saidOn" >= $2 AND s."saidOn" <= $3
     ORDER BY s."saidOn" DESC NULLS LAST, s.id LIMIT 50`,
    [speaker, '2016-01-01', '2023-12-31'],
  );
  return {
    data: {
      statements: {
        nodes: found.map((s) => ({
          text: s.text,
          saidOn: day(s.saidOn),
          speaker: speakerOf(s.personName, s.orgName),
        })),
      },
    },
  };
}

async function nodeJson(id: string): Promise<unknown> {
  const [type, key] = Buffer.from(id, 'base64url').toString().split(':');
  const [row] =
    type === 'Article'
      ? await rows<{ title: string; publishedAt: string | null }>(
          'node-article',
          'SELECT title, "publishedAt" FROM "Article" WHERE id = $1',
          [Number(key)],
        )
      : [];
  return {
    data: { node: row ? { id, title: row.title, publishedAt: day(row.publishedAt) } : null },
  };
}

function answer(query: string, variables: Record<string, string>): Promise<unknown> {
  if (query.startsWith('query ArticlesPage')) return articlesPageJson();
  if (query.startsWith('query PersonPage')) return personPageJson(variables.slug!);
  if (query.startsWith('query SpeakerStatements')) return statementsJson(variables.speaker!);
  return nodeJson(variables.id!);
}

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const { query, variables } = JSON.parse(body) as {
      query: string;
      variables: Record<string, string>;
    };
    answer(query, variables).then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result));
      },
      (error: Error) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: error.message }] }));
      },
    );
  });
}).listen(Number(port), '127.0.0.1', () => console.log('baseline listening'));
