// Scoring one article's stored facts against its annotation, and summing scores per
// outlet and overall: precision, recall and F1 per fact kind, with every miss and false
// hit. Pure.
import type { Annotation } from './corpus.js';
import {
  type FoundPerson,
  type FoundSpeaker,
  type MoneyFact,
  personMatches,
  sameMoney,
  sameStatementText,
  speakerMatches,
} from './match.js';

export const factKinds = ['people', 'direct', 'reported', 'money', 'dates'] as const;
export type FactKind = (typeof factKinds)[number];

export const kindTitles: Record<FactKind, string> = {
  people: 'people',
  direct: 'direct quotes, right speaker',
  reported: 'reported statements, right speaker',
  money: 'money: amount, currency, year',
  dates: 'publication date',
};

/** What the pipeline stored for an article, or why it refused it. */
export interface Found {
  refused: string | null;
  people: FoundPerson[];
  statements: {
    text: string;
    direct: boolean;
    speaker: FoundSpeaker | null;
    /** How the speaker is shown in a report. */
    speakerLabel: string;
  }[];
  money: (MoneyFact & { text: string })[];
  publishedAt: string | null;
}

/** One line of the misses list: `expected` is null for a false hit, `got` for a miss. */
export interface Discrepancy {
  article: string;
  /** 'article' for an article the pipeline refused. */
  kind: FactKind | 'article';
  span: string;
  expected: string | null;
  got: string | null;
}

export interface Counts {
  expected: number;
  found: number;
  /** Expected facts found (recall's numerator). */
  hits: number;
  /** Found facts that are right (precision's numerator); equal to hits where facts pair 1:1. */
  correct: number;
}

export interface ArticleScore {
  article: string;
  outlet: string;
  counts: Record<FactKind, Counts>;
  discrepancies: Discrepancy[];
}

const emptyCounts = (): Record<FactKind, Counts> =>
  Object.fromEntries(
    factKinds.map((k) => [k, { expected: 0, found: 0, hits: 0, correct: 0 }]),
  ) as Record<FactKind, Counts>;

/**
 * Pairs each expected fact with the first unused found fact that `full` accepts; the rest
 * are misses and false hits. `near` finds, for a report, the found fact a miss came closest
 * to (right text, wrong speaker).
 */
function pairUp<E, F>(expected: E[], found: F[], full: (e: E, f: F) => boolean) {
  const used = new Set<number>();
  const missed: E[] = [];
  for (const e of expected) {
    const index = found.findIndex((f, i) => !used.has(i) && full(e, f));
    if (index === -1) missed.push(e);
    else used.add(index);
  }
  return { hits: used.size, missed, falseHits: found.filter((_, i) => !used.has(i)) };
}

const moneyLabel = (m: MoneyFact) => `${m.amount} ${m.currency} ${m.year ?? 'no year'}`;
const personLabel = (p: FoundPerson) => p.names[0] ?? '(no name)';

export function scoreArticle(article: string, annotation: Annotation, found: Found): ArticleScore {
  const counts = emptyCounts();
  const discrepancies: Discrepancy[] = [];
  const note = (entry: Omit<Discrepancy, 'article'>) => discrepancies.push({ article, ...entry });
  if (found.refused) {
    note({ kind: 'article', span: '(whole article)', expected: 'stored', got: found.refused });
  }

  // People: each annotated person once, each stored person once; a stored person is right
  // when some annotated person matches it.
  const expectedPeople = annotation.people.filter(
    (p, i) => annotation.people.findIndex((q) => q.name === p.name) === i,
  );
  const missedPeople = expectedPeople.filter((p) => !found.people.some((f) => personMatches(p, f)));
  const falsePeople = found.people.filter((f) => !expectedPeople.some((p) => personMatches(p, f)));
  counts.people = {
    expected: expectedPeople.length,
    found: found.people.length,
    hits: expectedPeople.length - missedPeople.length,
    correct: found.people.length - falsePeople.length,
  };
  for (const p of missedPeople) note({ kind: 'people', span: p.name, expected: p.name, got: null });
  for (const f of falsePeople)
    note({ kind: 'people', span: personLabel(f), expected: null, got: personLabel(f) });

  for (const kind of ['direct', 'reported'] as const) {
    const direct = kind === 'direct';
    const want = annotation.statements.filter((s) => s.direct === direct);
    const got = found.statements.filter((s) => s.direct === direct);
    const { hits, missed, falseHits } = pairUp(
      want,
      got,
      (e, f) =>
        sameStatementText(e.text, f.text) &&
        speakerMatches(e.speaker, f.speaker, annotation.people),
    );
    counts[kind] = { expected: want.length, found: got.length, hits, correct: hits };
    for (const e of missed) {
      const near = falseHits.find((f) => sameStatementText(e.text, f.text));
      note({
        kind,
        span: e.text,
        expected: e.speaker,
        got: near ? `speaker ${near.speakerLabel}` : null,
      });
    }
    for (const f of falseHits) {
      const near = missed.find((e) => sameStatementText(e.text, f.text));
      if (near) continue; // already listed as a miss with the speaker found
      note({ kind, span: f.text, expected: null, got: `speaker ${f.speakerLabel}` });
    }
  }

  const money = pairUp(annotation.money, found.money, (e, f) => sameMoney(e, f));
  counts.money = {
    expected: annotation.money.length,
    found: found.money.length,
    hits: money.hits,
    correct: money.hits,
  };
  for (const e of money.missed) {
    const near = money.falseHits.find(
      (f) => f.currency === e.currency && (f.text.includes(e.text) || e.text.includes(f.text)),
    );
    note({
      kind: 'money',
      span: e.text,
      expected: moneyLabel(e),
      got: near ? moneyLabel(near) : null,
    });
  }
  for (const f of money.falseHits) {
    if (money.missed.some((e) => f.text.includes(e.text) || e.text.includes(f.text))) continue;
    note({ kind: 'money', span: f.text, expected: null, got: moneyLabel(f) });
  }

  // The date the text gives, else the one in the URL.
  const wantDate = annotation.published ?? annotation.urlDate;
  const dateRight = wantDate !== null && wantDate === found.publishedAt ? 1 : 0;
  counts.dates = {
    expected: wantDate ? 1 : 0,
    found: found.publishedAt ? 1 : 0,
    hits: dateRight,
    correct: dateRight,
  };
  if (wantDate !== found.publishedAt && (wantDate || found.publishedAt)) {
    note({ kind: 'dates', span: '(publication date)', expected: wantDate, got: found.publishedAt });
  }

  return { article, outlet: annotation.outlet, counts, discrepancies };
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall; with nothing to find (or nothing found) the rate is 1. */
export function rates(c: Counts): Rates {
  const precision = c.found === 0 ? 1 : c.correct / c.found;
  const recall = c.expected === 0 ? 1 : c.hits / c.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Summary {
  articles: number;
  counts: Record<FactKind, Counts>;
}

/** Micro-averaged: counts summed over the articles, then rated. */
export function summarize(scores: ArticleScore[]): Summary {
  const counts = emptyCounts();
  for (const score of scores) {
    for (const kind of factKinds) {
      for (const field of ['expected', 'found', 'hits', 'correct'] as const)
        counts[kind][field] += score.counts[kind][field];
    }
  }
  return { articles: scores.length, counts };
}

export function byOutlet(scores: ArticleScore[]): Map<string, Summary> {
  const groups = new Map<string, ArticleScore[]>();
  for (const score of scores)
    groups.set(score.outlet, [...(groups.get(score.outlet) ?? []), score]);
  return new Map(
    [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([outlet, group]) => [outlet, summarize(group)]),
  );
}
