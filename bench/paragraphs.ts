// npm run bench:paragraphs
// Extraction of pathological paragraphs: one phrase repeated with no paragraph break up to
// about 190,000 characters (the input limit is 200,000), as a careless or hostile editor
// could send. Prints, per phrase, the seconds extraction takes, the statements found with
// the characters of their text, and the mentions, figures and events; none should grow
// with the square of the length (docs/extraction.md, Speed). The seeds' gazetteer; no
// database writes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { loadGazetteer } from '../server/ingest/loadGazetteer.js';
import { extractArticle } from '../server/ingest/pipeline.js';
import { loadSeeds } from '../server/seed/loadSeeds.js';

const length = 190_000;
const seedText = readFileSync(path.join(repoRoot, 'seeds', '000_897a8455dd883e21.txt'), 'utf8')
  .split('\n')
  .slice(2)
  .join(' ');
const phrases: [string, string][] = [
  ['clauses with no full stop', 'قال الوزير إن التعاون مهم '],
  ['quotations after a colon', 'وقال لافروف: «نحن مستعدون». '],
  ['quotations with no verb', 'قال «نعم نحن هنا» '],
  ['quotations, then verb and source', '«نعم»، قال لافروف بحسب تاس '],
  ['statements of a document', 'وجاء في بيان الكرملين أن '],
  ['unnamed sources', 'قال مصدر في وزارة الخارجية إن '],
  ['roles and names', 'السفير الروسي ألكسندر نوفاك، '],
  ['role words referring back', 'وقال السفير إن العلاقات جيدة. '],
  ['dated calls', 'اتصال هاتفي في 12 مايو 2024 '],
  ['amounts with years', 'بلغ حجم التبادل 3 مليارات دولار في 2021، '],
  ['honorifics and names', 'الشيخ محمد بن زايد '],
  ['a seed article run together', `${seedText} `],
];

const dir = mkdtempSync(path.join(tmpdir(), 'khabar-paragraphs-'));
try {
  const database = await openDatabase({ provider: 'sqlite', url: path.join(dir, 'p.db') });
  await loadSeeds(database.prisma, path.join(repoRoot, 'seeds'));
  const gazetteer = await loadGazetteer(database.prisma);
  await database.close();
  const rows = phrases.map(([name, phrase], k) => {
    const text = `عنوان\n\n${phrase.repeat(Math.floor(length / phrase.length))}`;
    const started = process.hrtime.bigint();
    const { statements, figures, events, mentions } = extractArticle(text, gazetteer, {
      slug: `paragraph-${k}`,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      paragraph: name,
      characters: text.length,
      seconds: Number(seconds.toFixed(2)),
      statements: statements.length,
      statementCharacters: statements.reduce((sum, s) => sum + s.text.length, 0),
      mentions: mentions.length,
      figures: figures.length,
      events: events.length,
    };
  });
  console.table(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
