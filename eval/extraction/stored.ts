// Reads back what ingestion stored for one article, in the shape the score compares:
// the evaluation judges the database rows an editor's ingest leaves, not the pipeline's
// intermediate objects.
import type { PrismaClient } from '../../server/db/client.js';
import type { FoundPerson, FoundSpeaker } from './match.js';
import type { Found } from './score.js';

const personSelect = {
  nameAr: true,
  nameEn: true,
  aliases: { select: { text: true, language: true } },
  roles: { select: { titleAr: true, titleEn: true } },
} as const;

const organizationSelect = {
  nameAr: true,
  aliases: { select: { text: true, language: true } },
  kind: true,
  country: {
    select: {
      nameAr: true,
      aliases: { select: { text: true, language: true } },
      children: {
        where: { kind: 'CITY' as const },
        select: { nameAr: true, aliases: { select: { text: true, language: true } } },
      },
    },
  },
} as const;

type Aliased = { nameAr: string; aliases: { text: string; language: string }[] };

const arabicNames = (row: Aliased) => [
  row.nameAr,
  ...row.aliases.filter((a) => a.language === 'AR').map((a) => a.text),
];

function asPerson(
  row: Aliased & {
    nameEn: string | null;
    roles: { titleAr: string | null; titleEn: string | null }[];
  },
): FoundPerson {
  return {
    names: arabicNames(row),
    english: [
      ...(row.nameEn ? [row.nameEn] : []),
      ...row.aliases.filter((a) => a.language === 'EN').map((a) => a.text),
    ],
    roles: row.roles.flatMap((r) => [r.titleAr, r.titleEn].filter((t): t is string => !!t)),
  };
}

export async function storedFacts(prisma: PrismaClient, articleId: number): Promise<Found> {
  const article = await prisma.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      publishedAt: true,
      mentions: {
        where: { personId: { not: null } },
        select: { personId: true, person: { select: personSelect } },
      },
      statements: {
        orderBy: [{ blockIndex: 'asc' }, { start: 'asc' }],
        select: {
          text: true,
          direct: true,
          speakerPerson: { select: personSelect },
          speakerOrganization: { select: organizationSelect },
        },
      },
      tradeFigures: {
        orderBy: [{ blockIndex: 'asc' }, { start: 'asc' }],
        select: { text: true, amount: true, currency: true, year: true },
      },
    },
  });
  const people = new Map<number, FoundPerson>();
  for (const mention of article.mentions) {
    if (mention.personId !== null && mention.person && !people.has(mention.personId))
      people.set(mention.personId, asPerson(mention.person));
  }
  return {
    refused: null,
    people: [...people.values()],
    statements: article.statements.map((s) => {
      let speaker: FoundSpeaker | null = null;
      if (s.speakerPerson) speaker = { kind: 'person', ...asPerson(s.speakerPerson) };
      else if (s.speakerOrganization) {
        const org = s.speakerOrganization;
        const country = org.kind === 'GOVERNMENT' ? org.country : null;
        speaker = {
          kind: 'organization',
          names: arabicNames(org),
          // "قالت موسكو": a government answers to its country's and its capital's names.
          countryNames: country
            ? [...arabicNames(country), ...country.children.flatMap(arabicNames)]
            : [],
        };
      }
      return {
        text: s.text,
        direct: s.direct,
        speaker,
        speakerLabel: speaker?.names[0] ?? '(none)',
      };
    }),
    money: article.tradeFigures.map((f) => ({
      text: f.text,
      amount: String(f.amount),
      currency: f.currency,
      year: f.year,
    })),
    publishedAt: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
  };
}
