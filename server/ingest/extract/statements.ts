// Statements: quotations that are speech, with the speaker found in the reporting
// construction around them, and reported speech ("أعلن X أن …") without marks: the
// statements stage. Pure.
import { findDate } from '../dates.js';
import { articleYear, type DocumentBlock, type Stage } from '../document.js';
import type { EntityMatch, Gazetteer, KnownEntity } from '../gazetteer.js';
import { type Sentence, tokenIn } from '../text.js';
import {
  accordingTo,
  clauseEnders,
  complementizers,
  namingNouns,
  reportingVerbs,
  statementNouns,
} from './lexicon.js';
import { findQuotes, type Quote } from './quotes.js';

/** A speaker: a person or an organization, or a government still to be created. */
export type SpeakerRef = { entity: KnownEntity } | { governmentOf: string };

export interface ExtractedStatement {
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  speaker: SpeakerRef;
  saidOn: Date | null;
  confidence: number;
}

interface Context {
  gazetteer: Gazetteer;
  articleYear: number | null;
  /** The organization whose statement "البيان" refers to, as the article goes on. */
  statementOrg: KnownEntity | null;
  lastSpeaker: SpeakerRef | null;
}

/** A person or organization match, or a country or capital standing for its government. */
function asSpeaker(match: EntityMatch, context: Context): SpeakerRef | null {
  const entity = match.entity;
  if (entity.kind === 'person' || entity.kind === 'organization') return { entity };
  if (entity.iso2 && (entity.placeKind === 'COUNTRY' || entity.placeKind === 'CITY')) {
    const government = context.gazetteer.governments.get(entity.iso2);
    return government ? { entity: government } : { governmentOf: entity.iso2 };
  }
  return null;
}

function tokensIn(block: DocumentBlock, from: number, to: number): number[] {
  const indexes: number[] = [];
  block.tokens.forEach((token, i) => {
    if (token.start >= from && token.end <= to) indexes.push(i);
  });
  return indexes;
}

/**
 * The speaker between two token indexes (exclusive): a person first, else an organization
 * (or "البيان" for the organization whose statement it is), else a country or capital
 * standing for its government. A country inside a role phrase ("وزير الخارجية الروسي
 * سيرغي لافروف") thus never hides the person.
 */
function speakerBetween(
  block: DocumentBlock,
  from: number,
  to: number,
  context: Context,
): SpeakerRef | null {
  const inside = block.matches.filter((m) => m.from >= from && m.to <= to);
  const person = inside.find((m) => m.entity.kind === 'person');
  if (person) return { entity: person.entity };
  const statementNoun =
    context.statementOrg && block.tokens.slice(from, to).some((t) => tokenIn(t, statementNouns));
  const organization = inside.find((m) => m.entity.kind === 'organization');
  if (organization && (!statementNoun || organization.from < from + 2))
    return { entity: organization.entity };
  if (statementNoun) return { entity: context.statementOrg! };
  for (const match of inside) {
    const speaker = asSpeaker(match, context);
    if (speaker) return speaker;
  }
  return null;
}

/** The last speaker between two token indexes (subject before the verb: "لافروف قال"). */
function lastSpeakerBetween(
  block: DocumentBlock,
  from: number,
  to: number,
  context: Context,
): SpeakerRef | null {
  let found: SpeakerRef | null = null;
  for (const match of block.matches) {
    if (match.from >= from && match.to <= to) found = asSpeaker(match, context) ?? found;
  }
  return found;
}

/** Remembers the organization an article quotes a statement of: "بيان وزارة الخارجية الروسية", "X في بيان". */
function trackStatementOrg(block: DocumentBlock, context: Context, sentence: Sentence): void {
  block.tokens.forEach((token, i) => {
    if (
      token.start < sentence.start ||
      token.start >= sentence.end ||
      !tokenIn(token, statementNouns)
    )
      return;
    const after = block.matches.find((m) => m.from === i + 1 && m.entity.kind === 'organization');
    const before = [...block.matches]
      .reverse()
      .find((m) => m.to <= i && i - m.to <= 3 && m.entity.kind === 'organization');
    const org = after?.entity ?? before?.entity;
    if (org) context.statementOrg = org;
  });
}

function isName(block: DocumentBlock, quote: Quote): boolean {
  const words = block.text.slice(quote.start, quote.end).split(/\s+/).length;
  const previous = [...block.tokens].reverse().find((t) => t.end <= quote.open);
  return words <= 5 && (tokenIn(previous, namingNouns) || words <= 2);
}

function saidOnIn(block: DocumentBlock, sentence: Sentence, context: Context): Date | null {
  return (
    findDate(block.text.slice(sentence.start, sentence.end), context.articleYear)?.date ?? null
  );
}

function quoteSpeaker(
  block: DocumentBlock,
  quote: Quote,
  sentence: Sentence,
  context: Context,
): { speaker: SpeakerRef | null; verbFound: boolean } {
  const before = tokensIn(block, sentence.start, quote.open);
  const after = tokensIn(block, quote.close + 1, sentence.end);
  // A reporting verb or "according to" before the quote: the speaker follows it, or precedes it.
  const verbAt = [...before]
    .reverse()
    .find((i) => tokenIn(block.tokens[i], reportingVerbs) || tokenIn(block.tokens[i], accordingTo));
  if (verbAt !== undefined) {
    const quoteStart = before.length ? before.at(-1)! + 1 : verbAt + 1;
    const speaker =
      speakerBetween(block, verbAt + 1, quoteStart, context) ??
      lastSpeakerBetween(block, before[0] ?? 0, verbAt, context);
    return { speaker, verbFound: true };
  }
  // "…"، قال لافروف / "…" - أضاف الوزير
  const verbAfter = after.find((i) => tokenIn(block.tokens[i], reportingVerbs));
  if (verbAfter !== undefined && verbAfter - (after[0] ?? verbAfter) <= 2) {
    const speaker = speakerBetween(block, verbAfter + 1, (after.at(-1) ?? verbAfter) + 1, context);
    return { speaker, verbFound: true };
  }
  return { speaker: null, verbFound: false };
}

/** The end of a reported clause: the sentence end, or a comma before "مشيراً", or a bracket. */
function clauseEnd(block: DocumentBlock, from: number, sentence: Sentence): number {
  let end = sentence.end;
  const text = block.text;
  const bracket = text.indexOf('(', from);
  if (bracket !== -1 && bracket < end) end = bracket;
  for (const token of block.tokens) {
    if (token.start <= from || token.start >= end) continue;
    const gap = text.slice(0, token.start).trimEnd();
    if (tokenIn(token, clauseEnders) && /[،,]$/.test(gap)) {
      end = gap.length - 1;
      break;
    }
  }
  while (end > from && /[\s.،,؛:!?؟]/.test(text[end - 1]!)) end--;
  return end;
}

export function extractStatements(
  blocks: readonly DocumentBlock[],
  gazetteer: Gazetteer,
  articleYear: number | null,
): ExtractedStatement[] {
  const context: Context = { gazetteer, articleYear, statementOrg: null, lastSpeaker: null };
  const statements: ExtractedStatement[] = [];
  blocks.forEach((block, blockIndex) => {
    const quotes = findQuotes(block.text);
    for (const sentence of block.sentences) {
      const inSentence = quotes.filter(
        (q) => q.open >= sentence.start && q.open < sentence.end && !isName(block, q),
      );
      for (const quote of inSentence) {
        const { speaker, verbFound } = quoteSpeaker(block, quote, sentence, context);
        const resolved = speaker ?? (verbFound ? context.lastSpeaker : null);
        if (!resolved) continue;
        context.lastSpeaker = resolved;
        statements.push({
          blockIndex,
          start: quote.start,
          end: quote.end,
          text: block.text.slice(quote.start, quote.end),
          direct: true,
          speaker: resolved,
          saidOn: saidOnIn(block, sentence, context),
          confidence: speaker ? 0.9 : 0.6,
        });
      }
      // Reported speech: verb, speaker, then أن/إن and a clause with no quotation in it.
      const indexes = tokensIn(block, sentence.start, sentence.end);
      for (const verbAt of indexes.filter(
        (i) => tokenIn(block.tokens[i], reportingVerbs) && block.tokens[i]!.norm !== 'جاء',
      )) {
        const thatAt = indexes.find(
          (i) => i > verbAt && i - verbAt <= 25 && tokenIn(block.tokens[i], complementizers),
        );
        if (thatAt === undefined) continue;
        const speaker =
          speakerBetween(block, verbAt + 1, thatAt, context) ??
          lastSpeakerBetween(block, indexes[0]!, verbAt, context);
        if (!speaker) continue;
        const clauseStart = block.tokens[thatAt + 1]?.start;
        if (clauseStart === undefined) continue;
        const end = clauseEnd(block, clauseStart, sentence);
        // a quotation in the clause is the statement
        if (inSentence.some((q) => q.close > clauseStart)) continue;
        if (end - clauseStart < 12) continue;
        context.lastSpeaker = speaker;
        statements.push({
          blockIndex,
          start: clauseStart,
          end,
          text: block.text.slice(clauseStart, end),
          direct: false,
          speaker,
          saidOn: saidOnIn(block, sentence, context),
          confidence: 0.7,
        });
        break; // one reported statement per sentence
      }
      trackStatementOrg(block, context, sentence);
    }
  });
  return statements;
}

export const statementStage: Stage = {
  name: 'statements',
  needs: ['mentions'],
  adds: 'statements',
  run(document) {
    document.statements = extractStatements(
      document.blocks,
      document.gazetteer,
      articleYear(document),
    );
  },
};
