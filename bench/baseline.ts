// The practical limit of this machine for the benchmark's data: a minimal Node HTTP
// handler answering each workload with hand-written SQL through better-sqlite3 and
// JSON.stringify, in the same JSON shape as Khabar. It lives here, never in the product.
// Usage: tsx bench/baseline.ts <sqlite file> <port>
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const [file, port] = process.argv.slice(2);
const db = new Database(file!, { readonly: true });
const day = (value: string | null) => (value === null ? null : value.slice(0, 10));
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

const articlesPage = db.prepare(
  'SELECT id, title, publishedAt FROM Article ORDER BY publishedAt DESC, id DESC LIMIT 20',
);
type Row = Record<string, unknown>;

function articlesPageJson(): unknown {
  const articles = articlesPage.all() as { id: number; title: string; publishedAt: string }[];
  const ids = articles.map((a) => a.id);
  const mentions = db
    .prepare(
      `SELECT m.articleId, p.id AS personId, p.nameAr
       FROM Mention m JOIN Person p ON p.id = m.personId
       WHERE m.articleId IN (${placeholders(ids.length)})
       ORDER BY m.articleId, m.blockIndex, m.start, m.id`,
    )
    .all(...ids) as { articleId: number; personId: number; nameAr: string }[];
  const statements = db
    .prepare(
      `SELECT s.articleId, s.text, p.nameAr AS personName, o.nameAr AS orgName FROM Statement s
       LEFT JOIN Person p ON p.id = s.speakerPersonId
       LEFT JOIN Organization o ON o.id = s.speakerOrganizationId
       WHERE s.articleId IN (${placeholders(ids.length)})
       ORDER BY s.articleId, s.blockIndex, s.start, s.id`,
    )
    .all(...ids) as {
    articleId: number;
    text: string;
    personName: string | null;
    orgName: string | null;
  }[];
  const figures = db
    .prepare(
      `SELECT articleId, amount, currency, year FROM TradeFigure
       WHERE articleId IN (${placeholders(ids.length)})
       ORDER BY articleId, blockIndex, start, id`,
    )
    .all(...ids) as { articleId: number; amount: number; currency: string; year: number | null }[];
  return {
    data: {
      articles: {
        nodes: articles.map((a) => {
          const seen = new Set<number>();
          const people = mentions
            .filter((m) => m.articleId === a.id && !seen.has(m.personId) && seen.add(m.personId))
            .map((m) => ({ name: m.nameAr }));
          return {
            id: globalId('Article', a.id),
            title: a.title,
            publishedAt: day(a.publishedAt),
            people,
            statements: statements
              .filter((s) => s.articleId === a.id)
              .map((s) => ({
                text: s.text,
                speaker:
                  s.personName !== null
                    ? { __typename: 'Person', name: s.personName }
                    : { __typename: 'Organization', name: s.orgName },
              })),
            tradeFigures: figures
              .filter((f) => f.articleId === a.id)
              .map((f) => ({ amount: String(f.amount), currency: f.currency, year: f.year })),
          };
        }),
      },
    },
  };
}

const personBySlug = db.prepare('SELECT id, nameAr FROM Person WHERE slug = ?');
const personRoles = db.prepare(
  `SELECT titleEn, titleAr FROM Role WHERE personId = ?
   ORDER BY startedOn IS NULL, startedOn DESC, id`,
);
const personStatements = db.prepare(
  `SELECT text, saidOn FROM Statement WHERE speakerPersonId = ?
   ORDER BY saidOn IS NULL, saidOn DESC, id DESC LIMIT 20`,
);
const personArticles = db.prepare(
  `SELECT a.title, a.publishedAt FROM Article a
   WHERE EXISTS (SELECT 1 FROM Mention m WHERE m.articleId = a.id AND m.personId = ?)
   ORDER BY a.publishedAt DESC, a.id DESC LIMIT 20`,
);

function personPageJson(slug: string): unknown {
  const person = personBySlug.get(slug) as { id: number; nameAr: string } | undefined;
  if (!person) return { data: { person: null } };
  return {
    data: {
      person: {
        name: person.nameAr,
        roles: (
          personRoles.all(person.id) as { titleEn: string | null; titleAr: string | null }[]
        ).map((r) => ({ title: r.titleEn ?? r.titleAr ?? '' })),
        statements: {
          nodes: (personStatements.all(person.id) as { text: string; saidOn: string | null }[]).map(
            (s) => ({ text: s.text, saidOn: day(s.saidOn) }),
          ),
        },
        articles: {
          nodes: (personArticles.all(person.id) as { title: string; publishedAt: string }[]).map(
            (a) => ({ title: a.title, publishedAt: day(a.publishedAt) }),
          ),
        },
      },
    },
  };
}

const speakerIds = db.prepare(
  `SELECT (SELECT id FROM Person WHERE slug = ?) AS personId,
     (SELECT id FROM Organization WHERE slug = ?) AS orgId`,
);
const speakerStatements = db.prepare(
  `SELECT s.text, s.saidOn, p.nameAr AS personName, o.nameAr AS orgName FROM Statement s
   LEFT JOIN Person p ON p.id = s.speakerPersonId
   LEFT JOIN Organization o ON o.id = s.speakerOrganizationId
   WHERE (s.speakerPersonId = ? OR s.speakerOrganizationId = ?) AND s.saidOn >= ? AND s.saidOn <= ?
   ORDER BY s.saidOn IS NULL, s.saidOn DESC, s.id LIMIT 50`,
);

function statementsJson(speaker: string): unknown {
  const { personId, orgId } = speakerIds.get(speaker, speaker) as {
    personId: number | null;
    orgId: number | null;
  };
  const rows = speakerStatements.all(
    personId ?? -1,
    orgId ?? -1,
    '2016-01-01T00:00:00.000+00:00',
    '2023-12-31T00:00:00.000+00:00',
  ) as {
    text: string;
    saidOn: string | null;
    personName: string | null;
    orgName: string | null;
  }[];
  return {
    data: {
      statements: {
        nodes: rows.map((s) => ({
          text: s.text,
          saidOn: day(s.saidOn),
          speaker:
            s.personName !== null
              ? { __typename: 'Person', name: s.personName }
              : { __typename: 'Organization', name: s.orgName },
        })),
      },
    },
  };
}

const articleById = db.prepare('SELECT id, title, publishedAt FROM Article WHERE id = ?');
function nodeJson(id: string): unknown {
  const [type, key] = Buffer.from(id, 'base64url').toString().split(':');
  const row = type === 'Article' ? (articleById.get(Number(key)) as Row | undefined) : undefined;
  return {
    data: {
      node: row ? { id, title: row.title, publishedAt: day(row.publishedAt as string) } : null,
    },
  };
}

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const { query, variables } = JSON.parse(body) as {
      query: string;
      variables: Record<string, string>;
    };
    const result = query.startsWith('query ArticlesPage')
      ? articlesPageJson()
      : query.startsWith('query PersonPage')
        ? personPageJson(variables.slug!)
        : query.startsWith('query SpeakerStatements')
          ? statementsJson(variables.speaker!)
          : nodeJson(variables.id!);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(result));
  });
}).listen(Number(port), '127.0.0.1', () => console.log('baseline listening'));
