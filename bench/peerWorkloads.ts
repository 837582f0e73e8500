// The four workloads as a PostGraphile 5 user would write them against Khabar's tables
// (Amber + Relay presets, connection-filter with relation filters), and the normalizing of
// both servers' answers to the same texts in the same order, so that they can be compared.
import { benchPerson, type Workload } from './workloads.js';

export interface PeerWorkload extends Workload {
  /** The answer reduced to its texts, for comparison with Khabar's. */
  shape(answer: unknown): unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: answers are walked by their known paths
type Json = Record<string, any>;
const day = (value: string | null) => (value === null ? null : value.slice(0, 10));
const speakerName = (s: Json) =>
  s.personBySpeakerPersonId?.nameAr ?? s.organizationBySpeakerOrganizationId?.nameAr ?? null;

/** Khabar's answers reduced to the same shapes as the peer's. */
export const khabarShapes: Record<string, (answer: unknown) => unknown> = {
  'articles page': (answer) =>
    (answer as Json).data.articles.nodes.map((a: Json) => [
      a.title,
      day(a.publishedAt),
      a.people.map((p: Json) => p.name),
      a.statements.map((s: Json) => [s.text, s.speaker?.name ?? null]),
      a.tradeFigures.map((f: Json) => [String(f.amount), f.currency, f.year]),
    ]),
  'person page': (answer) => {
    const person = (answer as Json).data.person;
    return [
      person.name,
      person.roles.map((r: Json) => r.title).sort(),
      person.statements.nodes.map((s: Json) => [s.text, day(s.saidOn)]),
      person.articles.nodes.map((a: Json) => [a.title, day(a.publishedAt)]),
    ];
  },
  'statements by speaker and dates': (answer) =>
    (answer as Json).data.statements.nodes.map((s: Json) => [
      s.text,
      day(s.saidOn),
      s.speaker?.name ?? null,
    ]),
  'node by id': (answer) => {
    const node = (answer as Json).data.node;
    return [node.title, day(node.publishedAt)];
  },
};

export function peerWorkloads(peerArticleId: string): PeerWorkload[] {
  return [
    {
      name: 'articles page',
      query: `query ArticlesPage {
        allArticles(first: 20, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC]) {
          nodes {
            title publishedAt
            mentionsByArticleId(
              orderBy: PRIMARY_KEY_ASC
              filter: { personByPersonIdExists: true }
            ) {
              nodes { personByPersonId { id nameAr } }
            }
            statementsByArticleId(orderBy: [BLOCK_INDEX_ASC, START_ASC, PRIMARY_KEY_ASC]) {
              nodes {
                text
                personBySpeakerPersonId { nameAr }
                organizationBySpeakerOrganizationId { nameAr }
              }
            }
            tradeFiguresByArticleId(orderBy: PRIMARY_KEY_ASC) { nodes { amount currency year } }
          }
        }
      }`,
      variables: {},
      shape: (answer) =>
        (answer as Json).data.allArticles.nodes.map((a: Json) => {
          // A person mentioned twice is one of the article's people: the client dedupes.
          const seen = new Set<string>();
          return [
            a.title,
            day(a.publishedAt),
            a.mentionsByArticleId.nodes
              .map((m: Json) => m.personByPersonId)
              .filter((p: Json) => !seen.has(p.id) && seen.add(p.id))
              .map((p: Json) => p.nameAr),
            a.statementsByArticleId.nodes.map((s: Json) => [s.text, speakerName(s)]),
            a.tradeFiguresByArticleId.nodes.map((f: Json) => [
              String(f.amount),
              f.currency,
              f.year,
            ]),
          ];
        }),
    },
    {
      name: 'person page',
      query: `query PersonPage($slug: String!) {
        allPeople(condition: { slug: $slug }, first: 1) {
          nodes {
            nameAr
            rolesByPersonId { nodes { titleEn titleAr } }
            statementsBySpeakerPersonId(first: 20, orderBy: [SAID_ON_DESC, PRIMARY_KEY_DESC]) {
              nodes { text saidOn }
            }
          }
        }
        allArticles(
          first: 20
          orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC]
          filter: {
            mentionsByArticleId: { some: { personByPersonId: { slug: { equalTo: $slug } } } }
          }
        ) {
          nodes { title publishedAt }
        }
      }`,
      variables: { slug: benchPerson },
      shape: (answer) => {
        const { allPeople, allArticles } = (answer as Json).data;
        const person = allPeople.nodes[0];
        return [
          person.nameAr,
          person.rolesByPersonId.nodes.map((r: Json) => r.titleEn ?? r.titleAr ?? '').sort(),
          person.statementsBySpeakerPersonId.nodes.map((s: Json) => [s.text, day(s.saidOn)]),
          allArticles.nodes.map((a: Json) => [a.title, day(a.publishedAt)]),
        ];
      },
    },
    {
      // Through the person: the better of the two queries a PostGraphile user could write
      // (issue 12 measured allStatements filtered by the speaker at a quarter of its speed).
      name: 'statements by speaker and dates',
      query: `query SpeakerStatements($speaker: String!) {
        allPeople(condition: { slug: $speaker }, first: 1) {
          nodes {
            nameAr
            statementsBySpeakerPersonId(
              first: 50
              orderBy: [SAID_ON_DESC, PRIMARY_KEY_ASC]
              filter: {
                saidOn: { greaterThanOrEqualTo: "2016-01-01", lessThanOrEqualTo: "2023-12-31" }
              }
            ) {
              nodes { text saidOn }
            }
          }
        }
      }`,
      variables: { speaker: benchPerson },
      shape: (answer) => {
        const person = (answer as Json).data.allPeople.nodes[0];
        return person.statementsBySpeakerPersonId.nodes.map((s: Json) => [
          s.text,
          day(s.saidOn),
          person.nameAr,
        ]);
      },
    },
    {
      name: 'node by id',
      query: `query NodeById($id: ID!) {
        article(id: $id) { id title publishedAt }
      }`,
      variables: { id: peerArticleId },
      shape: (answer) => {
        const article = (answer as Json).data.article;
        return [article.title, day(article.publishedAt)];
      },
    },
  ];
}
