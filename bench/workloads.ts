// The four benchmark workloads: the GraphQL request Khabar answers, and the same answer
// computed by hand-written SQL for the baseline (bench/baseline.ts).
export interface Workload {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export const benchPerson = 'bench-person-100';

export function workloads(articleGlobalId: string): Workload[] {
  return [
    {
      name: 'articles page',
      query: `query ArticlesPage {
        articles(first: 20) {
          nodes {
            id title publishedAt people { name }
            statements {
              text speaker { __typename ... on Person { name } ... on Organization { name } }
            }
            tradeFigures { amount currency year }
          }
        }
      }`,
      variables: {},
    },
    {
      name: 'person page',
      query: `query PersonPage($slug: String!) {
        person(slug: $slug) {
          name roles { title }
          statements(first: 20) { nodes { text saidOn } }
          articles(first: 20) { nodes { title publishedAt } }
        }
      }`,
      variables: { slug: benchPerson },
    },
    {
      name: 'statements by speaker and dates',
      query: `query SpeakerStatements($speaker: String!) {
        statements(
          first: 50
          filter: { speaker: $speaker, saidFrom: "2016-01-01", saidTo: "2023-12-31" }
        ) {
          nodes {
            text saidOn
            speaker { __typename ... on Person { name } ... on Organization { name } }
          }
        }
      }`,
      variables: { speaker: benchPerson },
    },
    {
      name: 'node by id',
      query: `query NodeById($id: ID!) {
        node(id: $id) { id ... on Article { title publishedAt } }
      }`,
      variables: { id: articleGlobalId },
    },
  ];
}
