// Raw Arabic articles for the ingestion tests, and the ingest mutation with an editor key.
import { createApiKey } from '../../server/db/apiKeyStore.js';
import type { TestApi } from './api.js';

const novakParagraph =
  'وأعلن نائب رئيس الوزراء الروسي ألكسندر نوفاك أن حجم التبادل التجاري بين روسيا وتركيا ' +
  'بلغ 62 مليار دولار في عام 2022.';

/**
 * A short article that extraction takes whole: a date line, Lavrov (known to the seeds),
 * Novak (a new person, found after his role), a call, a trade figure. `quote` makes it unique.
 */
export const sampleArticle = (quote: string, dateLine = '14-3-2023 | 11:40') =>
  [
    'روسيا وتركيا تبحثان التعاون الاقتصادي',
    dateLine,
    '',
    `موسكو - سبوتنيك. قال وزير الخارجية الروسي سيرغي لافروف إن "${quote}".`,
    '',
    'وكان لافروف قد أجرى في 10 مارس اتصالاً هاتفياً مع نظيره التركي.',
    '',
    novakParagraph,
    '',
    'وأكد نوفاك أن البلدين يعملان على زيادة الاستثمارات المشتركة في قطاع الطاقة خلال العام الجاري.',
  ].join('\n');

export const ingestMutation = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status warnings
    article {
      id slug url contentHash provenance publishedAt
      blocks { text } people { slug name provenance }
    }
  }
}`;

export interface Editor {
  key: string;
  ingest(input: Record<string, unknown>): ReturnType<TestApi['query']>;
  query(query: string, variables?: Record<string, unknown>): ReturnType<TestApi['query']>;
}

/** An editor key on the API, and the ingest mutation sent with it. */
export async function editorOf(api: TestApi): Promise<Editor> {
  const { key } = await createApiKey(api.database.prisma, 'test editor', 'EDITOR');
  const headers = { authorization: `Bearer ${key}` };
  return {
    key,
    ingest: (input) => api.query(ingestMutation, { input }, headers),
    query: (query, variables) => api.query(query, variables, headers),
  };
}
