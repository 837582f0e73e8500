// Statements: quotations that are speech, with the speaker found in the reporting
// construction around them, and reported speech ("أعلن X أن …") without marks: the
// statements stage. Pure.
//
// A statement hangs on a head: a verb of saying (قال، أكد…), whose subject follows it (or
// stands just before it: "وكان نوفاك قال"); a participle or noun of saying (مشيراً،
// مضيفاً، قوله), whose speaker is the sentence's; or "according to" (وفقاً ل، بحسب). A verb
// with no subject of its own (وأضاف أن…, وتابع: «…») goes on with the last speaker; an
// anonymous subject (مصدر، مسؤول روسي) gives no statement. Speakers are never read inside
// quotation marks ("نحن نعمل" is no one).
import { findDate } from '../dates.js';
import { articleYear, type DocumentBlock, type Stage } from '../document.js';
import type { EntityMatch, Gazetteer, KnownEntity } from '../gazetteer.js';
import { type Sentence, tokenIn } from '../text.js';
import {
  accordingTo,
  anonymousSubjects,
  channelNouns,
  clauseEnders,
  complementizers,
  namingNouns,
  reportingVerbs,
  roleHeads,
  sayingNouns,
  sayingParticiples,
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

type HeadKind = 'verb' | 'participle' | 'noun' | 'according';

interface Head {
  at: number;
  kind: HeadKind;
}

/** What a head's subject turned out to be. */
type Subject =
  | { kind: 'speaker'; speaker: SpeakerRef; explicit: boolean }
  | { kind: 'anonymous' }
  | { kind: 'none' };

/** One block read for statements: its quotations and which tokens they cover. */
interface BlockView {
  block: DocumentBlock;
  quotes: Quote[];
  quoted: boolean[];
}

function viewOf(block: DocumentBlock): BlockView {
  const quotes = findQuotes(block.text).filter((q) => !q.nested);
  const quoted = block.tokens.map((token) =>
    quotes.some((q) => token.start > q.open && token.start < q.close),
  );
  return { block, quotes, quoted };
}

function headAt(view: BlockView, i: number): HeadKind | null {
  const token = view.block.tokens[i];
  if (!token || view.quoted[i]) return null;
  if (tokenIn(token, reportingVerbs)) return 'verb';
  if (tokenIn(token, sayingParticiples)) return 'participle';
  if (tokenIn(token, sayingNouns)) return 'noun';
  if (tokenIn(token, accordingTo)) return 'according';
  return null;
}

function tokensIn(block: DocumentBlock, from: number, to: number): number[] {
  const indexes: number[] = [];
  block.tokens.forEach((token, i) => {
    if (token.start >= from && token.end <= to) indexes.push(i);
  });
  return indexes;
}

/** A country or capital standing for its government. */
function governmentOf(entity: KnownEntity, context: Context): SpeakerRef | null {
  if (entity.iso2 && (entity.placeKind === 'COUNTRY' || entity.placeKind === 'CITY')) {
    const government = context.gazetteer.governments.get(entity.iso2);
    return government ? { entity: government } : { governmentOf: entity.iso2 };
  }
  return null;
}

const isPerson = (speaker: SpeakerRef | null): speaker is { entity: KnownEntity } =>
  !!speaker && 'entity' in speaker && speaker.entity.kind === 'person';

/** The matches of a token range that lie outside quotation marks. */
function matchesIn(view: BlockView, from: number, to: number): EntityMatch[] {
  return view.block.matches.filter(
    (m) => m.from >= from && m.to <= to && !view.quoted.slice(m.from, m.to).some(Boolean),
  );
}

const adverbs = new Set(['ايضا', 'اليوم', 'امس', 'مجددا', 'كذلك', 'بدوره', 'بدورها', 'لاحقا']);

/** Words before a person that make them the addressee, not the speaker: "مع لافروف". */
const addresseeWords = new Set(['مع', 'لنظيره', 'نظيره', 'بنظيره', 'الي', 'لدي']);

/**
 * The subject of a verb of saying, read from `from` (the word after the verb) up to `to`
 * (exclusive: the complementizer or the quotation). A person wins (the country of a role
 * phrase never hides it); an organization only in subject position, maybe after "بيان";
 * "البيان" for the organization whose statement the text quotes; a country or capital
 * right after the verb for its government; a role phrase with no name for the last
 * speaker when that is a person of the role's country, else for the country's government.
 */
function subjectAfter(view: BlockView, from: number, to: number, context: Context): Subject {
  const { block } = view;
  const inside = matchesIn(view, from, to);
  const person = inside.find(
    (m) =>
      m.entity.kind === 'person' &&
      !block.tokens
        .slice(Math.max(from, m.from - 4), m.from)
        .some((t) => addresseeWords.has(t.norm)),
  );
  if (person) return { kind: 'speaker', speaker: { entity: person.entity }, explicit: true };
  // Skip adverbials before the subject word: "وأضاف أيضا", "وقالت بدورها".
  let first = from;
  while (first < to && (view.quoted[first] || adverbs.has(block.tokens[first]!.norm))) first++;
  const firstToken = block.tokens[first];
  const statementNoun = tokenIn(firstToken, statementNouns);
  const organization = inside.find(
    (m) =>
      m.entity.kind === 'organization' &&
      (m.from === first || (statementNoun && m.from === first + 1)),
  );
  if (organization)
    return { kind: 'speaker', speaker: { entity: organization.entity }, explicit: true };
  if (statementNoun && context.statementOrg)
    return { kind: 'speaker', speaker: { entity: context.statementOrg }, explicit: true };
  const place = inside.find((m) => m.from === first);
  const government = place ? governmentOf(place.entity, context) : null;
  if (government) return { kind: 'speaker', speaker: government, explicit: true };
  if (!firstToken || first >= to) return { kind: 'none' };
  if (tokenIn(firstToken, anonymousSubjects)) {
    // "للمسؤول الروسي المذكور": a definite one is someone named before.
    const definite = firstToken.forms.some((f) => f.form.startsWith('ال'));
    return definite && isPerson(context.lastSpeaker)
      ? { kind: 'speaker', speaker: context.lastSpeaker, explicit: false }
      : { kind: 'anonymous' };
  }
  if (tokenIn(firstToken, roleHeads)) {
    // A role phrase with no name: "وأضاف الوزير", "وأشار وزير الخارجية الأذربيجاني".
    const nisba = inside.find((m) => m.entity.kind === 'place' && m.from <= first + 4);
    const last = context.lastSpeaker;
    const fits =
      isPerson(last) &&
      (!nisba?.entity.iso2 ||
        last.entity.roles.length === 0 ||
        last.entity.roles.some((r) => r.countryIso2 === nisba.entity.iso2));
    if (fits) return { kind: 'speaker', speaker: last, explicit: false };
    const government = nisba ? governmentOf(nisba.entity, context) : null;
    if (government) return { kind: 'speaker', speaker: government, explicit: true };
    return { kind: 'anonymous' };
  }
  return { kind: 'none' };
}

/** A subject standing just before the verb: "وكان نوفاك قال", "لافروف يقول". */
function subjectBefore(view: BlockView, verbAt: number, sentenceFrom: number): Subject {
  const near = matchesIn(view, Math.max(sentenceFrom, verbAt - 3), verbAt).filter(
    (m) => m.entity.kind !== 'place',
  );
  const match = near.at(-1);
  return match
    ? { kind: 'speaker', speaker: { entity: match.entity }, explicit: true }
    : { kind: 'none' };
}

/** The nearest person or organization before a noun of saying: "عن ميلر قوله". */
function speakerBeforeNoun(view: BlockView, nounAt: number, sentenceFrom: number): Subject {
  const match = matchesIn(view, sentenceFrom, nounAt)
    .filter((m) => m.entity.kind === 'person' || m.entity.kind === 'organization')
    .at(-1);
  return match
    ? { kind: 'speaker', speaker: { entity: match.entity }, explicit: true }
    : { kind: 'none' };
}

interface SentenceState {
  /** The speaker of the sentence so far, for participles ("…، مشيراً إلى أن"). */
  speaker: SpeakerRef | null;
}

/**
 * Who says what a head introduces; `to` is where its content starts (the complementizer
 * or the quotation). Null: no statement (an anonymous subject, or no one to continue).
 */
function speakerOf(
  view: BlockView,
  head: Head,
  to: number,
  sentenceFrom: number,
  state: SentenceState,
  context: Context,
): { speaker: SpeakerRef; explicit: boolean } | null {
  const continued = state.speaker ?? context.lastSpeaker;
  let subject: Subject;
  if (head.kind === 'verb') {
    subject = subjectAfter(view, head.at + 1, to, context);
    if (subject.kind === 'none') subject = subjectBefore(view, head.at, sentenceFrom);
  } else if (head.kind === 'noun') {
    subject = speakerBeforeNoun(view, head.at, sentenceFrom);
  } else if (head.kind === 'according') {
    subject = subjectAfter(view, head.at + 1, to, context);
    if (subject.kind === 'speaker' && !isPerson(subject.speaker) && state.speaker)
      subject = { kind: 'none' };
  } else subject = { kind: 'none' };
  if (subject.kind === 'anonymous') return null;
  if (subject.kind === 'speaker') return subject;
  return continued ? { speaker: continued, explicit: false } : null;
}

/** The heads of a sentence, in order. */
function headsOf(view: BlockView, indexes: number[]): Head[] {
  const heads: Head[] = [];
  for (const i of indexes) {
    const kind = headAt(view, i);
    if (!kind) continue;
    // "يُذكر أن": the narrator's aside, not a speaker's.
    if (kind === 'verb' && /^(يذكر|جاء)$/.test(view.block.tokens[i]!.norm)) continue;
    // "وفقاً لقناة …" after a verb names the channel.
    if (kind === 'according' && tokenIn(view.block.tokens[i + 1], channelNouns) && heads.length)
      continue;
    heads.push({ at: i, kind });
  }
  return heads;
}

/** A quotation that names something (وكالة "تاس"، محطة "أكويو") rather than quoting speech. */
function isName(view: BlockView, quote: Quote, head: Head | undefined): boolean {
  const { block } = view;
  const text = block.text.slice(quote.start, quote.end);
  const words = text.split(/\s+/).length;
  if (!/\p{Script=Arabic}/u.test(text)) return true;
  const previous = [...block.tokens].reverse().find((t) => t.end <= quote.open);
  if (words <= 5 && tokenIn(previous, namingNouns)) return true;
  if (words > 3) return false;
  // A known name in marks: "أوبك", "روسيا اليوم".
  const inside = tokensIn(block, quote.start, quote.end);
  const named = block.matches.some(
    (m) => m.from <= (inside[0] ?? -1) && m.to >= (inside.at(-1) ?? -1) + 1,
  );
  if (named) return true;
  // A short fragment is speech only close to its head: "أكد … «مثمرة»".
  if (!head) return true;
  const between = inside.length ? (inside[0] ?? 0) - head.at : 99;
  return between > 14;
}

function saidOnIn(block: DocumentBlock, sentence: Sentence, context: Context): Date | null {
  return (
    findDate(block.text.slice(sentence.start, sentence.end), context.articleYear)?.date ?? null
  );
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
    const after = block.matches.find(
      (m) => (m.from === i + 1 || m.from === i + 2) && m.entity.kind === 'organization',
    );
    const before = [...block.matches]
      .reverse()
      .find((m) => m.to <= i && i - m.to <= 3 && m.entity.kind === 'organization');
    const org = after?.entity ?? before?.entity;
    if (org) context.statementOrg = org;
  });
}

/** True when the text between two offsets ends with a comma (maybe and a و). */
const afterComma = (text: string, offset: number) => /[،,]\s*و?$/.test(text.slice(0, offset));

/**
 * The end of a reported clause: the sentence end, or a comma before a new head ("…،
 * مشيراً إلى أن", "…، وذكر أن") or before "وذلك"/"بحسب".
 */
function clauseEnd(view: BlockView, from: number, sentence: Sentence, heads: Head[]): number {
  const { block } = view;
  const text = block.text;
  let end = sentence.end;
  for (const [i, token] of block.tokens.entries()) {
    if (token.start <= from || token.start >= end) continue;
    const cut = text.slice(0, token.start).trimEnd().length;
    const boundary =
      (tokenIn(token, clauseEnders) || heads.some((h) => h.at === i && h.kind !== 'according')) &&
      afterComma(text, token.start);
    if (boundary) {
      end = text.slice(0, cut).replace(/[،,]\s*$/, '').length;
      break;
    }
  }
  while (end > from && /[\s.،,؛:!?؟]/.test(text[end - 1]!)) end--;
  // A closing mark whose opener lies before the clause (a stray mark) is not part of it.
  for (const [open, close] of [
    ['"', '"'],
    ['“', '”'],
    ['«', '»'],
  ] as const) {
    const inner = text.slice(from, end);
    const opens = open === close ? inner.split(open).length - 1 : inner.split(open).length - 1;
    const closes = open === close ? 0 : inner.split(close).length - 1;
    if (text[end - 1] === close && (open === close ? opens % 2 === 1 : closes > opens)) end--;
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
    const view = viewOf(block);
    for (const sentence of block.sentences) {
      const indexes = tokensIn(block, sentence.start, sentence.end);
      const heads = headsOf(view, indexes);
      const state: SentenceState = { speaker: null };
      // Each head's speaker, once: a quotation inside a reported clause shares it.
      const resolvedHeads = new Map<number, { speaker: SpeakerRef; explicit: boolean } | null>();
      const resolveHead = (head: Head, to: number): ReturnType<typeof speakerOf> => {
        if (!resolvedHeads.has(head.at) && head.kind === 'participle' && !state.speaker) {
          // "وتابع بيسكوف قائلا: «…»": the participle goes on with the verb's subject.
          const verb = heads.filter((h) => h.at < head.at && h.kind === 'verb').at(-1);
          const subject = verb ? resolveHead(verb, head.at) : null;
          if (subject) state.speaker = subject.speaker;
        }
        if (!resolvedHeads.has(head.at)) {
          const that = indexes.find(
            (i) =>
              i > head.at && i < to && !view.quoted[i] && tokenIn(block.tokens[i], complementizers),
          );
          resolvedHeads.set(
            head.at,
            speakerOf(view, head, that ?? to, indexes[0] ?? 0, state, context),
          );
        }
        return resolvedHeads.get(head.at) ?? null;
      };
      const say = (speaker: SpeakerRef, explicit: boolean) => {
        state.speaker = speaker;
        context.lastSpeaker = speaker;
        return explicit;
      };

      // Events in text order: quotations and reported clauses.
      const quotes = view.quotes.filter((q) => q.open >= sentence.start && q.open < sentence.end);
      const items: ({ at: number } & (
        | { kind: 'quote'; quote: Quote }
        | { kind: 'clause'; head: Head; thatAt: number }
      ))[] = quotes.map((quote) => ({ at: quote.open, kind: 'quote', quote }));
      for (const [k, head] of heads.entries()) {
        const next = heads[k + 1]?.at ?? Number.POSITIVE_INFINITY;
        if (head.kind === 'according') {
          // "وفقاً لـ X، <clause>" / "وبحسب ناليش، يبلغ …": the clause follows the comma.
          const comma = indexes.find(
            (i) =>
              i > head.at && i - head.at <= 12 && afterComma(block.text, block.tokens[i]!.start),
          );
          if (comma !== undefined && comma < next && head.at === indexes[0])
            items.push({ at: block.tokens[comma]!.start, kind: 'clause', head, thatAt: comma - 1 });
          continue;
        }
        if (head.kind === 'noun' && block.tokens[head.at]!.norm === 'القول') continue;
        const thatAt = indexes.find(
          (i) =>
            i > head.at &&
            i - head.at <= 25 &&
            i < next &&
            !view.quoted[i] &&
            tokenIn(block.tokens[i], complementizers),
        );
        if (thatAt !== undefined)
          items.push({ at: block.tokens[thatAt]!.start, kind: 'clause', head, thatAt });
      }
      items.sort((a, b) => a.at - b.at);

      for (const item of items) {
        if (item.kind === 'quote') {
          const { quote } = item;
          const before = heads.filter(
            (h) =>
              block.tokens[h.at]!.end <= quote.open &&
              !(
                h.kind === 'according' &&
                heads.length > 1 &&
                tokenIn(block.tokens[h.at + 1], channelNouns)
              ),
          );
          let head = before.at(-1);
          let to = tokensIn(block, sentence.start, quote.open).at(-1);
          to = to === undefined ? 0 : to + 1;
          let after = false;
          if (!head) {
            // "«…»، قال لافروف" / "«…» - أضاف الوزير"
            const rest = tokensIn(block, quote.close + 1, sentence.end);
            const verb = rest.slice(0, 3).find((i) => headAt(view, i) === 'verb');
            if (verb !== undefined) {
              head = { at: verb, kind: 'verb' };
              to = (rest.at(-1) ?? verb) + 1;
              after = true;
            }
          }
          if (isName(view, quote, head)) continue;
          let resolved: { speaker: SpeakerRef; explicit: boolean } | null = null;
          if (head) {
            resolved = after
              ? (() => {
                  const s = subjectAfter(view, head.at + 1, to, context);
                  return s.kind === 'speaker' ? s : null;
                })()
              : resolveHead(head, to);
          } else {
            // "بوتين: «…»": a name and a colon before the quotation (headlines).
            const lead = block.text.slice(sentence.start, quote.open).trimEnd();
            const last = block.matches.filter((m) => m.end <= lead.length).at(-1);
            if (lead.endsWith(':') && last && last.end >= lead.length - 2)
              resolved = { speaker: { entity: last.entity }, explicit: true };
            if (resolved && last?.entity.kind === 'place') resolved = null;
          }
          if (!resolved) continue;
          const explicit = say(resolved.speaker, resolved.explicit);
          statements.push({
            blockIndex,
            start: quote.start,
            end: quote.end,
            text: block.text.slice(quote.start, quote.end),
            direct: true,
            speaker: resolved.speaker,
            saidOn: saidOnIn(block, sentence, context),
            confidence: explicit ? 0.9 : 0.7,
          });
          continue;
        }
        const { head, thatAt } = item;
        const clauseStart = block.tokens[thatAt + 1]?.start;
        if (clauseStart === undefined) continue;
        const resolved = resolveHead(head, thatAt);
        if (!resolved) continue;
        // When the clause is itself a quotation, only the quotation is listed.
        const opensQuote = view.quotes.some(
          (q) => q.open >= block.tokens[thatAt]!.end && q.open <= clauseStart,
        );
        const end = clauseEnd(view, clauseStart, sentence, heads);
        say(resolved.speaker, resolved.explicit);
        if (opensQuote || end - clauseStart < 12) continue;
        statements.push({
          blockIndex,
          start: clauseStart,
          end,
          text: block.text.slice(clauseStart, end),
          direct: false,
          speaker: resolved.speaker,
          saidOn: saidOnIn(block, sentence, context),
          confidence: resolved.explicit ? 0.7 : 0.6,
        });
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
