// A deterministic corpus at a realistic size for the API benchmark: the seeds (gazetteer,
// countries, the two curated articles) plus generated people, articles, mentions,
// statements and trade figures, written with multi-row inserts.
import path from 'node:path';
import { insertRowReturningId, insertRows } from '../server/db/bulkInsert.js';
import type { Database } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { loadSeeds } from '../server/seed/loadSeeds.js';

export interface CorpusSize {
  articles: number;
  people: number;
  statements: number;
  tradeFigures: number;
}

export const fullSize: CorpusSize = {
  articles: 2000,
  people: 500,
  statements: 20_000,
  tradeFigures: 1000,
};

/** mulberry32: a small seeded generator, so that every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  'سيرغي',
  'ماريا',
  'ديمتري',
  'أحمد',
  'محمد',
  'ألكسندر',
  'فاطمة',
  'يوسف',
  'إيلينا',
  'علي',
  'نيكولاي',
  'حسن',
  'أولغا',
  'كريم',
  'فلاديمير',
];
const lastNames = [
  'إيفانوف',
  'بتروف',
  'الحسيني',
  'سميرنوف',
  'العلي',
  'كوزنتسوف',
  'المصري',
  'فولكوف',
  'حداد',
  'سوكولوف',
  'النجار',
  'بوبوف',
  'يوسفي',
  'ليبيديف',
];
const sentences = [
  'بحث الجانبان سبل تعزيز التعاون الثنائي في مجالات الطاقة والنقل والزراعة',
  'أكد الطرفان أهمية مواصلة الحوار السياسي على أعلى المستويات',
  'تناولت المحادثات الوضع في المنطقة وسبل تسوية النزاعات بالطرق السلمية',
  'أشار المسؤولون إلى تنامي حجم التبادل التجاري خلال الأعوام الأخيرة',
];

export async function generateCorpus(
  database: Database,
  size: CorpusSize,
  seed = 42,
): Promise<void> {
  const prisma = database.prisma;
  await loadSeeds(prisma, path.join(repoRoot, 'seeds'));
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const countries = (
    await prisma.place.findMany({ where: { kind: 'COUNTRY' }, select: { id: true, iso2: true } })
  ).slice(0, 40);
  const organizations = await prisma.organization.findMany({ select: { id: true } });
  const ministries = organizations.map((o) => o.id);

  await prisma.$transaction(
    async (tx) => {
      const existingPeople = await tx.person.count();
      const people: number[] = (await tx.person.findMany({ select: { id: true } })).map(
        (p) => p.id,
      );
      for (let i = existingPeople; i < size.people; i++) {
        const name = `${pick(firstNames)} ${pick(lastNames)}`;
        const id = await insertRowReturningId(
          tx,
          'Person',
          ['slug', 'nameAr', 'nameEn', 'provenance', 'confidence'],
          // Numbered from 0 whatever the seeds hold, so that the workloads' person exists.
          [
            `bench-person-${i - existingPeople}`,
            name,
            `Bench Person ${i - existingPeople}`,
            'EXTRACTED',
            0.8,
          ],
          { provenance: '"Provenance"' },
        );
        people.push(id);
      }
      await insertRows(
        tx,
        'Role',
        ['personId', 'titleEn', 'titleAr', 'countryId', 'provenance', 'confidence'],
        people.map((personId) => [
          personId,
          'Minister',
          'وزير',
          pick(countries).id,
          'EXTRACTED',
          0.8,
        ]),
        { provenance: '"Provenance"' },
      );

      const statementsPerArticle = Math.ceil(size.statements / size.articles);
      const figuresEvery = Math.max(1, Math.floor(size.articles / size.tradeFigures));
      const blockRows: (string | number)[][] = [];
      const mentionRows: (string | number | null)[][] = [];
      const statementRows: (string | number | boolean | Date | null)[][] = [];
      const partnerRows: number[][] = [];
      for (let a = 0; a < size.articles; a++) {
        const day = new Date(Date.UTC(2015 + (a % 10), a % 12, (a % 28) + 1));
        const articleId = await insertRowReturningId(
          tx,
          'Article',
          [
            'slug',
            'title',
            'titleDerived',
            'language',
            'publishedAt',
            'contentHash',
            'provenance',
            'updatedAt',
          ],
          [
            `bench-article-${a}`,
            `${pick(sentences)} (${a})`,
            false,
            'AR',
            day,
            `bench-${a}`,
            'EXTRACTED',
            day,
          ],
          {
            language: '"Language"',
            provenance: '"Provenance"',
            publishedAt: 'timestamp(3)',
            updatedAt: 'timestamp(3)',
          },
        );
        const texts = [
          pick(sentences),
          pick(sentences),
          pick(sentences),
          pick(sentences),
          pick(sentences),
        ];
        for (const [index, text] of texts.entries())
          blockRows.push([articleId, index, 'PARAGRAPH', text]);
        const speakers = Array.from({ length: 4 }, () => pick(people));
        for (const [k, personId] of speakers.entries()) {
          mentionRows.push([articleId, k, 0, 5, 'مذكور', personId, null, null, 'EXTRACTED', 0.9]);
        }
        mentionRows.push([
          articleId,
          0,
          6,
          10,
          'روسيا',
          null,
          null,
          pick(countries).id,
          'EXTRACTED',
          0.9,
        ]);
        for (let s = 0; s < statementsPerArticle; s++) {
          const byOrganization = s % 7 === 6 && ministries.length > 0;
          statementRows.push([
            articleId,
            s % 5,
            0,
            20,
            `${pick(sentences)} ${a}-${s}`,
            s % 2 === 0,
            new Date(day.getTime() - (s % 5) * 86_400_000),
            byOrganization ? null : speakers[s % speakers.length]!,
            byOrganization ? pick(ministries) : null,
            'EXTRACTED',
            0.8,
          ]);
        }
        if (a % figuresEvery === 0) {
          const [first, second] = [pick(countries), pick(countries)];
          const figureId = await insertRowReturningId(
            tx,
            'TradeFigure',
            [
              'articleId',
              'blockIndex',
              'start',
              'end',
              'text',
              'kind',
              'year',
              'amount',
              'currency',
              'status',
              'sourcePersonId',
              'provenance',
              'confidence',
            ],
            [
              articleId,
              1,
              0,
              10,
              'مليار دولار',
              'TRADE_VOLUME',
              2015 + (a % 10),
              String(1_000_000_000 + a * 1_000_000),
              'USD',
              a % 3 === 0 ? 'FORECAST' : 'ACTUAL',
              speakers[0]!,
              'EXTRACTED',
              0.8,
            ],
            {
              kind: '"TradeFigureKind"',
              status: '"FigureStatus"',
              provenance: '"Provenance"',
              amount: 'decimal',
            },
          );
          partnerRows.push([figureId, first.id, 0]);
          if (second.id !== first.id) partnerRows.push([figureId, second.id, 1]);
        }
      }
      await insertRows(tx, 'ArticleBlock', ['articleId', 'index', 'kind', 'text'], blockRows, {
        kind: '"BlockKind"',
      });
      await insertRows(
        tx,
        'Mention',
        [
          'articleId',
          'blockIndex',
          'start',
          'end',
          'text',
          'personId',
          'organizationId',
          'placeId',
          'provenance',
          'confidence',
        ],
        mentionRows,
        { provenance: '"Provenance"' },
      );
      await insertRows(
        tx,
        'Statement',
        [
          'articleId',
          'blockIndex',
          'start',
          'end',
          'text',
          'direct',
          'saidOn',
          'speakerPersonId',
          'speakerOrganizationId',
          'provenance',
          'confidence',
        ],
        statementRows,
        { provenance: '"Provenance"', saidOn: 'timestamp(3)' },
      );
      await insertRows(
        tx,
        'TradeFigurePartner',
        ['tradeFigureId', 'placeId', 'position'],
        partnerRows,
      );
    },
    { timeout: 600_000 },
  );
}
