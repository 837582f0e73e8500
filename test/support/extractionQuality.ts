// Scoring extraction against expected facts: precision and recall per fact type.

import type { SpeakerRef } from '../../server/ingest/extract/statements.js';
import type { Gazetteer, KnownEntity } from '../../server/ingest/gazetteer.js';
import { normalizeForMatching } from '../../server/ingest/normalize.js';
import type { ExtractedArticle } from '../../server/ingest/pipeline.js';

export interface ExpectedFacts {
  /** `key` is a slug for known entities, or a name as written for new ones. */
  people: { key: string; name: string }[];
  statements: { speaker: string; direct: boolean; text: string }[];
  tradeFigures: {
    kind: string;
    amount: string;
    currency: string;
    year: number | null;
    status: string;
    partners: string[];
  }[];
  notStatements?: string[];
}

export interface Score {
  expected: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface ArticleScore {
  people: Score;
  directQuotes: Score;
  /** Direct quotes matched with the right speaker. */
  directWithSpeaker: number;
  reported: Score;
  reportedWithSpeaker: number;
  figures: Score;
  /** Figures whose amount, currency, year, status, kind and partners are all right. */
  figuresExact: number;
  unexpectedStatements: string[];
  unexpectedFigures: string[];
  missedStatements: string[];
  missedFigures: string[];
  namesTakenAsStatements: string[];
}

const norm = normalizeForMatching;

function score(
  expected: number,
  extracted: number,
  matchedExpected: number,
  matchedExtracted: number,
): Score {
  return {
    expected,
    extracted,
    matched: matchedExpected,
    precision: extracted === 0 ? 1 : matchedExtracted / extracted,
    recall: expected === 0 ? 1 : matchedExpected / expected,
  };
}

const words = (text: string) => new Set(norm(text).split(' ').filter(Boolean));

/** Two spans of text say the same thing when one holds the other, or most words are shared. */
export function sameText(a: string, b: string): boolean {
  const na = norm(a);
  const nb = norm(b);
  if (na.includes(nb) || nb.includes(na))
    return Math.min(na.length, nb.length) >= 0.5 * Math.max(na.length, nb.length);
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.size, wb.size) >= 0.6;
}

function speakerKeys(speaker: SpeakerRef): string[] {
  if ('governmentOf' in speaker) return [`government-${speaker.governmentOf.toLowerCase()}`];
  if ('described' in speaker) return [speaker.described.description];
  return [speaker.entity.slug, speaker.entity.nameAr].filter(Boolean);
}

/** The name is one the gazetteer knows the entity by (a curated spelling variant). */
const knownAs = (gazetteer: Gazetteer | undefined, entity: KnownEntity, name: string) =>
  gazetteer?.forms.get(norm(name))?.includes(entity) ?? false;

/** A speaker matches by slug, or by name (a government matches its country's name). */
function sameSpeaker(
  expected: string,
  speaker: SpeakerRef,
  countryNames: Map<string, string>,
  gazetteer?: Gazetteer,
): boolean {
  const keys = speakerKeys(speaker);
  if (keys.includes(expected)) return true;
  const e = norm(expected);
  if ('entity' in speaker) {
    if (knownAs(gazetteer, speaker.entity, expected)) return true;
    const name = norm(speaker.entity.nameAr);
    if (name === e || name.includes(e) || e.includes(name)) return true;
    if (speaker.entity.organizationKind === 'GOVERNMENT' && speaker.entity.countryIso2) {
      return norm(countryNames.get(speaker.entity.countryIso2) ?? '') === e;
    }
    return false;
  }
  if ('described' in speaker) return norm(speaker.described.description) === e;
  return norm(countryNames.get(speaker.governmentOf) ?? '') === e;
}

export function scoreArticle(
  article: ExtractedArticle,
  expected: ExpectedFacts,
  countryNames: Map<string, string>,
  gazetteer?: Gazetteer,
): ArticleScore {
  // People
  const people = [
    ...new Set(article.mentions.filter((m) => m.entity.kind === 'person').map((m) => m.entity)),
  ];
  const personMatches = (key: { key: string; name: string }, entity: (typeof people)[number]) =>
    entity.slug === key.key ||
    norm(entity.nameAr) === norm(key.name) ||
    knownAs(gazetteer, entity, key.name) ||
    (entity.id === 0 && sameText(entity.nameAr, key.name));
  const peopleMatchedExpected = expected.people.filter((p) =>
    people.some((e) => personMatches(p, e)),
  ).length;
  const peopleMatchedExtracted = people.filter((e) =>
    expected.people.some((p) => personMatches(p, e)),
  ).length;

  const scoreStatements = (direct: boolean) => {
    const want = expected.statements.filter((s) => s.direct === direct);
    const got = article.statements.filter((s) => s.direct === direct);
    const matchedExpected = want.filter((w) => got.some((g) => sameText(g.text, w.text)));
    const withSpeaker = want.filter((w) =>
      got.some(
        (g) =>
          sameText(g.text, w.text) && sameSpeaker(w.speaker, g.speaker, countryNames, gazetteer),
      ),
    );
    const matchedExtracted = got.filter((g) => want.some((w) => sameText(g.text, w.text)));
    return {
      score: score(want.length, got.length, matchedExpected.length, matchedExtracted.length),
      withSpeaker: withSpeaker.length,
      unexpected: got
        .filter((g) => !expected.statements.some((w) => sameText(g.text, w.text)))
        .map((g) => g.text),
      missed: want.filter((w) => !got.some((g) => sameText(g.text, w.text))).map((w) => w.text),
    };
  };
  const direct = scoreStatements(true);
  const reported = scoreStatements(false);

  const figureKey = (f: { amount: string; currency: string }) => `${f.amount} ${f.currency}`;
  const exact = (
    e: ExpectedFacts['tradeFigures'][number],
    g: ExtractedArticle['figures'][number],
  ) =>
    figureKey(e) === figureKey(g) &&
    e.year === g.year &&
    e.status === g.status &&
    e.kind === g.kind &&
    [...e.partners].sort().join() === [...g.partners].sort().join();
  const figuresMatchedExpected = expected.tradeFigures.filter((e) =>
    article.figures.some((g) => figureKey(g) === figureKey(e)),
  ).length;
  const figuresMatchedExtracted = article.figures.filter((g) =>
    expected.tradeFigures.some((e) => figureKey(g) === figureKey(e)),
  ).length;

  return {
    people: score(
      expected.people.length,
      people.length,
      peopleMatchedExpected,
      peopleMatchedExtracted,
    ),
    directQuotes: direct.score,
    directWithSpeaker: direct.withSpeaker,
    reported: reported.score,
    reportedWithSpeaker: reported.withSpeaker,
    figures: score(
      expected.tradeFigures.length,
      article.figures.length,
      figuresMatchedExpected,
      figuresMatchedExtracted,
    ),
    figuresExact: expected.tradeFigures.filter((e) => article.figures.some((g) => exact(e, g)))
      .length,
    unexpectedStatements: [...direct.unexpected, ...reported.unexpected],
    unexpectedFigures: article.figures
      .filter((g) => !expected.tradeFigures.some((e) => figureKey(g) === figureKey(e)))
      .map((g) => `${g.text} = ${figureKey(g)}`),
    missedStatements: [...direct.missed, ...reported.missed],
    missedFigures: expected.tradeFigures
      .filter((e) => !article.figures.some((g) => figureKey(g) === figureKey(e)))
      .map(figureKey),
    namesTakenAsStatements: (expected.notStatements ?? []).filter((name) =>
      article.statements.some((s) => norm(s.text).startsWith(norm(name))),
    ),
  };
}

/** Sums scores over articles (micro-averaged). */
export function total(
  scores: ArticleScore[],
): Record<string, Score & { withSpeaker?: number; exact?: number }> {
  const sum = (pick: (s: ArticleScore) => Score) => {
    const expected = scores.reduce((n, s) => n + pick(s).expected, 0);
    const extracted = scores.reduce((n, s) => n + pick(s).extracted, 0);
    const matched = scores.reduce((n, s) => n + pick(s).matched, 0);
    const matchedExtracted = scores.reduce((n, s) => n + pick(s).precision * pick(s).extracted, 0);
    return {
      expected,
      extracted,
      matched,
      precision: extracted ? matchedExtracted / extracted : 1,
      recall: expected ? matched / expected : 1,
    };
  };
  return {
    people: sum((s) => s.people),
    'direct quotes': {
      ...sum((s) => s.directQuotes),
      withSpeaker: scores.reduce((n, s) => n + s.directWithSpeaker, 0),
    },
    'reported speech': {
      ...sum((s) => s.reported),
      withSpeaker: scores.reduce((n, s) => n + s.reportedWithSpeaker, 0),
    },
    'money figures': {
      ...sum((s) => s.figures),
      exact: scores.reduce((n, s) => n + s.figuresExact, 0),
    },
  };
}

export function formatTotals(title: string, totals: ReturnType<typeof total>): string {
  const rows = Object.entries(totals).map(([type, s]) => {
    const extra =
      s.withSpeaker !== undefined
        ? `  right speaker ${s.withSpeaker}/${s.expected}`
        : s.exact !== undefined
          ? `  exact ${s.exact}/${s.expected}`
          : '';
    const scores = `precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}`;
    const counts = `(${s.matched}/${s.expected} found, ${s.extracted} extracted)`;
    return `  ${type.padEnd(16)} ${scores}  ${counts}${extra}`;
  });
  return [`${title}:`, ...rows].join('\n');
}
