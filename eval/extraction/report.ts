// Plain-text tables of an extraction score: overall, per outlet, and the list of misses
// and false hits.
import {
  type ArticleScore,
  type Counts,
  type FactKind,
  factKinds,
  kindTitles,
  rates,
  type Summary,
} from './score.js';

const fixed = (value: number) => value.toFixed(2);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function overallTable(summary: Summary): string {
  const rows = [['fact', 'expected', 'found', 'right', 'precision', 'recall', 'F1']];
  for (const kind of factKinds) {
    const c = summary.counts[kind];
    const r = rates(c);
    rows.push([
      kindTitles[kind],
      String(c.expected),
      String(c.found),
      c.hits === c.correct ? String(c.hits) : `${c.hits}/${c.correct}`,
      fixed(r.precision),
      fixed(r.recall),
      fixed(r.f1),
    ]);
  }
  return table(rows);
}

const shortTitles: Record<FactKind, string> = {
  people: 'people',
  direct: 'direct',
  reported: 'reported',
  money: 'money',
  dates: 'dates',
};

/** F1 with right/expected/found, e.g. "0.86 6/7/7". */
const cell = (c: Counts) =>
  c.expected === 0 && c.found === 0
    ? '-'
    : `${fixed(rates(c).f1)} ${c.hits}/${c.expected}/${c.found}`;

export function outletTable(outlets: Map<string, Summary>): string {
  const rows = [['outlet', 'articles', ...factKinds.map((k) => `${shortTitles[k]} F1 r/e/f`)]];
  for (const [outlet, summary] of outlets) {
    rows.push([outlet, String(summary.articles), ...factKinds.map((k) => cell(summary.counts[k]))]);
  }
  return table(rows);
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function missesList(scores: ArticleScore[]): string {
  const lines: string[] = [];
  for (const score of scores) {
    for (const d of score.discrepancies) {
      const what = d.expected === null ? 'FALSE HIT' : 'MISS';
      lines.push(
        `${score.article}  ${d.kind}  ${what}  «${clip(d.span)}»  expected: ${
          d.expected ?? '-'
        }  got: ${d.got ?? '-'}`,
      );
    }
  }
  return lines.join('\n');
}
