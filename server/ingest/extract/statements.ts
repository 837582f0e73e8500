// Statements: quotations that are speech, with the speaker found in the reporting
// construction around them, and reported speech ("أعلن X أن …") without marks: the
// statements stage. Pure.
//
// A statement hangs on a head: a verb of saying (قال، أكد…), whose subject follows it (or
// stands just before it: "وكان نوفاك قال"); a participle or noun of saying (مشيراً،
// مضيفاً، قوله), whose speaker is the sentence's; or "according to" (وفقاً ل، بحسب). A verb
// with no subject of its own (وأضاف أن…, وتابع: «…») goes on with the sentence's or the
// last speaker. A subject given only by description ("مسؤول روسي", "وزارة الخزانة
// الأمريكية", an unnamed "وزير الخارجية الإيراني") is that description, never another
// entity of the sentence; one that is no one (تقارير، وسائل إعلام، الجانبان) gives no
// statement. Speakers are never read inside quotation marks ("نحن نعمل" is no one).
import { findDate } from '../dates.js';
import { articleYear, type DocumentBlock, type Stage } from '../document.js';
import {
  type EntityMatch,
  familyName,
  type Gazetteer,
  type KnownEntity,
  matchAt,
} from '../gazetteer.js';
import { normalizeForMatching } from '../normalize.js';
import { firstTokenAfter, partitionPoint, type Sentence, type Token, tokenIn } from '../text.js';
import {
  accordingTo,
  anonymousPeople,
  anonymousSources,
  butNotSaid,
  circumstanceWords,
  clauseEnders,
  clauseStarters,
  closeClauseVerbs,
  complementizers,
  describedSources,
  honorifics,
  namingNouns,
  narratorLinks,
  organizationHeads,
  pressAudience,
  reportingVerbs,
  roleHeads,
  sayingNouns,
  sayingParticiples,
  statementNouns,
  tellingVerbs,
  weekdayNames,
} from './lexicon.js';
import { continuedQuoteEnd, findQuotes, hasNoMarks, type Quote } from './quotes.js';

/**
 * A speaker the text gives only by description, never by name: an organization the
 * gazetteer lacks ("السفارة الروسية بالقاهرة") or a person given by role ("مسؤول روسي").
 */
export interface DescribedSpeaker {
  kind: 'organization' | 'person';
  /** The phrase as written. */
  description: string;
  /** Its head word, normalized: "وزارة", "مسؤول". */
  head: string;
  countryIso2: string | null;
}

/** A speaker: a known entity, a government still to be created, or a description. */
export type SpeakerRef =
  | { entity: KnownEntity }
  | { governmentOf: string }
  | { described: DescribedSpeaker };

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
  /** The last speaker given only by description, by its head word ("مصدر" → "مصدر في …"). */
  describedByHead: Map<string, SpeakerRef>;
  /** The people the article has named so far, the latest last. */
  mentioned: KnownEntity[];
  /** The organizations the article has named so far, the latest last. */
  mentionedOrganizations: KnownEntity[];
  /** Every person the article names, anywhere. */
  articlePeople: KnownEntity[];
  /** The last reported clause, which a sentence opening with "وأن" goes on with. */
  lastClause: { blockIndex: number; end: number; speaker: SpeakerRef } | null;
}

/** `continued`: a sentence opening with "وأن" that goes on with the clause before it. */
type HeadKind = 'verb' | 'participle' | 'noun' | 'according' | 'continued';

interface Head {
  at: number;
  kind: HeadKind;
}

type Resolved = { speaker: SpeakerRef; explicit: boolean };

/** What a head's subject turned out to be. */
type Subject = ({ kind: 'speaker' } & Resolved) | { kind: 'anonymous' } | { kind: 'none' };

const none: Subject = { kind: 'none' };
const speakerSubject = (speaker: SpeakerRef, explicit = true): Subject => ({
  kind: 'speaker',
  speaker,
  explicit,
});

/** One block read for statements: its quotations and which tokens they cover. */
interface BlockView {
  block: DocumentBlock;
  quotes: Quote[];
  quoted: boolean[];
}

/** The quotations of a block that are no part of another. */
const outerQuotes = (block: DocumentBlock) => findQuotes(block.text).filter((q) => !q.nested);

/** `quotedUpTo`: where a quotation carried over from the paragraphs before closes. */
function viewOf(block: DocumentBlock, quotes = outerQuotes(block), quotedUpTo = 0): BlockView {
  // A name in marks is read as the name it is: "المتحدثة باسم الخارجية "ماريا زخاروفا"".
  const spoken = quotes.filter((q) => !isQuotedName(block, q));
  // How many spoken quotations hold each offset (between their marks), by prefix sums.
  const holding = new Int32Array(block.text.length + 1);
  for (const q of spoken) {
    holding[q.open + 1]! += 1;
    holding[q.close]! -= 1;
  }
  for (let at = 1; at < holding.length; at++) holding[at]! += holding[at - 1]!;
  const quoted = block.tokens.map((token) => token.start < quotedUpTo || holding[token.start]! > 0);
  return { block, quotes, quoted };
}

/** A quotation of one to four words that end a person's name: "لفان جاغاريان". */
function isQuotedName(block: DocumentBlock, quote: Quote): boolean {
  const inside = tokensIn(block, quote.start, quote.end);
  const first = inside[0];
  const last = inside.at(-1);
  if (first === undefined || last === undefined || inside.length > 4) return false;
  const { matches } = block;
  for (let k = firstMatchFrom(matches, first); k < matches.length && matches[k]!.from <= last; k++)
    if (matches[k]!.entity.kind === 'person' && matches[k]!.to === last + 1) return true;
  return false;
}

const words = (list: string[]) => new Set(list.map(normalizeForMatching));
/** The stems of verbs that relay what someone said: "نقلته", "أوردها", "بثته", "نشرته". */
const relayStems = ['نقل', 'اورد', 'بث', 'نشر'].join('|');
/** Words before a verb that make it the channel's: "حسبما أفادت قناة …". */
const channelVerbMarkers = words(['حسبما', 'وحسبما', 'بحسبما']);
const adverbs = words([
  'أيضا',
  'اليوم',
  'أمس',
  'مجددا',
  'كذلك',
  'بدوره',
  'بدورها',
  'لاحقا',
  ...weekdayNames,
  'مساء',
  'صباح',
  'الماضي',
  'سابقا',
  'حينها',
]);
/** Words before a person that make them the addressee, not the speaker: "مع لافروف". */
const addresseeWords = words(['مع', 'لنظيره', 'بنظيره', 'إلى', 'لدى', 'بين']);
/** "وجاء في البيان أن", "وورد في تقرير": the document speaks (its issuer). */
const documentNouns = words([
  'بيان',
  'بيانا',
  'بيانه',
  'بيانها',
  'تقرير',
  'رسالة',
  'برقية',
  'مقال',
  'تصريح',
]);
const placeVerbs = words(['جاء', 'وجاء', 'ورد', 'وورد']);
const collectiveSubjects = words([
  'الجانبان',
  'الطرفان',
  'الرئيسان',
  'الوزيران',
  'الزعيمان',
  'البلدان',
  'الدولتان',
  'الجانبين',
  'الطرفين',
  'الرئيسين',
  'الوزيرين',
]);
const relativePronouns = words(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان']);
/** Verbs of being: a one-word quotation after them is a predicate (نكون «براغماتيين»). */
const copula =
  /^(كان|كانت|كانوا|يكون|يكونوا|تكون|نكون|اكون|بات|باتت|اصبح|اصبحت|يصبح|تصبح|ليس|ليست)$/;

/** The token is in the list, maybe with the article: "التقرير", "المسؤول". */
const inListOrDefinite = (token: Token | undefined, list: ReadonlySet<string>) =>
  !!token &&
  token.forms.some(
    (f) => list.has(f.form) || (f.form.startsWith('ال') && list.has(f.form.slice(2))),
  );

/** أن، إن، بأن، وأن، فإن… as written: "كان" is no ك + أن. */
function isComplementizer(token: Token | undefined): boolean {
  if (!token) return false;
  if (complementizers.has(token.norm)) return true;
  return /^[وف]/.test(token.norm) && complementizers.has(token.norm.slice(1));
}

/**
 * A verb of the list with a conjunction at most (وقال، فأكد) or the ل of "ليؤكد أن":
 * never "لشرح", "بوعد" (a preposition makes it a noun).
 */
function isVerbIn(token: Token, list: ReadonlySet<string>): boolean {
  return token.forms.some((f) => {
    if (!list.has(f.form)) return false;
    const clitic = token.norm.slice(0, f.skip);
    return /^[وف]?$/.test(clitic) || (/^[وف]?ل$/.test(clitic) && /^[يت]/.test(f.form));
  });
}

function headAt(view: BlockView, i: number): HeadKind | null {
  const token = view.block.tokens[i];
  if (!token || view.quoted[i]) return null;
  if (isVerbIn(token, reportingVerbs)) return 'verb';
  if (
    isVerbIn(token, closeClauseVerbs) &&
    opensClause(view.block, i) &&
    complementizerFollows(view.block, i, 6)
  )
    return 'verb';
  if (isVerbIn(token, sayingParticiples)) return 'participle';
  if (tokenIn(token, sayingNouns)) return 'noun';
  if (tokenIn(token, accordingTo)) return 'according';
  return null;
}

/** Token i starts a clause: first of its sentence, after a comma, or after "فيما"/"كما". */
function opensClause(block: DocumentBlock, i: number): boolean {
  const previous = block.tokens[i - 1];
  if (!previous) return true;
  if (/[.!?؟؛:،,]/.test(block.text.slice(previous.end, block.tokens[i]!.start))) return true;
  return /^(فيما|كما)$/.test(previous.norm);
}

/** A complementizer within `within` tokens after token i, in the same sentence. */
function complementizerFollows(block: DocumentBlock, i: number, within: number): boolean {
  const { tokens, text } = block;
  for (let k = i + 1; k <= i + within && k < tokens.length; k++) {
    if (/[.!?؟؛:]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (isComplementizer(tokens[k])) return true;
  }
  return false;
}

/** The quotation whose opening mark stands right before `offset` (spaces between at most). */
function quoteOpeningAt(view: BlockView, offset: number): Quote | undefined {
  const { text } = view.block;
  return view.quotes.find((q) => q.open < offset && !/\S/.test(text.slice(q.open + 1, offset)));
}

/** The index of the first match starting at token `from` or later (matches are in order). */
const firstMatchFrom = (matches: readonly EntityMatch[], from: number) =>
  partitionPoint(matches.length, (k) => matches[k]!.from >= from);

/** The index of the last token ending at or before `offset` (-1 when none does). */
const lastTokenBefore = (tokens: readonly Token[], offset: number) =>
  partitionPoint(tokens.length, (i) => tokens[i]!.end > offset) - 1;

/** The index of the first token in [from, to) written `norm`, or -1. */
function wordIn(tokens: readonly Token[], norm: string, from: number, to: number): number {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++)
    if (tokens[i]!.norm === norm) return i;
  return -1;
}

/** The index of the last token in [from, to) written `norm`, or -1. */
function lastWordIn(tokens: readonly Token[], norm: string, from: number, to: number): number {
  for (let i = Math.min(to, tokens.length) - 1; i >= Math.max(0, from); i--)
    if (tokens[i]!.norm === norm) return i;
  return -1;
}

/** The match that starts at token `i`, if any (matches do not overlap). */
const matchStartingAt = (matches: EntityMatch[], i: number): EntityMatch | undefined => {
  const match = matchAt(matches, i);
  return match?.from === i ? match : undefined;
};

/** The match of that kind that starts at token `i`, if any. */
const startingMatchOfKind = (matches: EntityMatch[], i: number, kind: string) => {
  const match = matchStartingAt(matches, i);
  return match?.entity.kind === kind ? match : undefined;
};

/** The tokens wholly inside [from, to), in order. */
function tokensIn(block: DocumentBlock, from: number, to: number): number[] {
  const indexes: number[] = [];
  const { tokens } = block;
  for (let i = firstTokenAfter(tokens, from - 1); i < tokens.length; i++) {
    if (tokens[i]!.end > to) break;
    indexes.push(i);
  }
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

/** A person or a described person: who "المسؤول" or "الوزير" may refer back to. */
const isSomeone = (speaker: SpeakerRef | null): speaker is SpeakerRef =>
  isPerson(speaker) || (!!speaker && 'described' in speaker && speaker.described.kind === 'person');

/** The matches of a token range that lie outside quotation marks. */
function matchesIn(view: BlockView, from: number, to: number): EntityMatch[] {
  const { matches } = view.block;
  const inside: EntityMatch[] = [];
  for (let k = firstMatchFrom(matches, from); k < matches.length; k++) {
    const m = matches[k]!;
    if (m.from >= to) break;
    if (m.to <= to && !view.quoted.slice(m.from, m.to).some(Boolean)) inside.push(m);
  }
  return inside;
}

/**
 * Spoken to ("مع لافروف") or a channel's name ("لوكالة رويترز"), not the speaker. "لدى" with
 * a place is the post of a role ("السفير الروسي لدى اليمن الدكتور يفغيني كودروف").
 */
function isAddressee(view: BlockView, from: number, at: number): boolean {
  const { tokens } = view.block;
  for (let k = Math.max(from, at - 4); k < at; k++) {
    const token = tokens[k]!;
    const toward = token.forms.some((f) => addresseeWords.has(f.form));
    if (toward && !(token.norm === 'لدي' && postOfRole(view, k, at))) return true;
  }
  return at > from && tokenIn(tokens[at - 1], namingNouns);
}
/** "ما وصفه بـ", "وصفتها بـ", "ما أسماه بـ": the quoted words are how the subject put it. */
const describingFrame =
  /(?:^|\s)(?:ما\s+)?(?:وصف|يصف|تصف|سما|اسما|يسمي|تسمي)(?:ه|ها|هم|ته|تها)\s*ب?\s*$/;

/**
 * "لدى" at `at` between a role and a place: "السفير الروسي لدى اليمن", or a place the
 * gazetteer lacks right before the person ("القنصل العام الروسي لدى أربيل أوليغ ليفين"),
 * or a body the person is named after, set off by a comma ("مندوب روسيا لدى مجلس الأمن،
 * فاسيلي نيبينزيا").
 */
function postOfRole(view: BlockView, at: number, person: number): boolean {
  const { matches, tokens, text } = view.block;
  const apposition =
    person > at + 1 &&
    /^\s*[،,]\s*$/.test(text.slice(tokens[person - 1]!.end, tokens[person]!.start));
  const place =
    matchStartingAt(matches, at + 1)?.entity.kind === 'place' ||
    (!matchAt(matches, at + 1) && matchAt(matches, at + 2)?.entity.kind === 'person') ||
    apposition;
  return place && tokens.slice(Math.max(0, at - 3), at).some((t) => tokenIn(t, roleHeads));
}

/** A person the article named before, written by surname only ("عن ميلر قوله"). */
function bySurname(token: Token | undefined, context: Context): KnownEntity | null {
  if (!token || token.norm.length < 3) return null;
  for (const person of [...context.mentioned].reverse()) {
    const last = familyName(person);
    if (last && last.length >= 3 && token.forms.some((f) => f.form === last)) return person;
  }
  return null;
}

/** A match that is a role word and a nisba standing for a person ("الوزير الروسي"). */
function isRoleReference(view: BlockView, match: EntityMatch): boolean {
  const token = view.block.tokens[match.from]!;
  return (
    tokenIn(token, roleHeads) &&
    !normalizeForMatching(match.entity.nameAr).split(' ').includes(token.norm)
  );
}

/** The first person of a token range, not an addressee, by name or by surname. */
function personIn(view: BlockView, from: number, to: number, context: Context): KnownEntity | null {
  const match = matchesIn(view, from, to).find(
    (m) =>
      m.entity.kind === 'person' &&
      !isAddressee(view, from, m.from) &&
      // A role reference whose role does not fit ("السفير العراقي" for the minister).
      !(isRoleReference(view, m) && !holdsRole(m.entity, roleWordOf(view.block.tokens[m.from]!))),
  );
  if (match) return match.entity;
  for (let i = from; i < to; i++) {
    if (view.quoted[i] || view.block.matches.some((m) => i >= m.from && i < m.to)) continue;
    const person = bySurname(view.block.tokens[i], context);
    if (person && !isAddressee(view, from, i)) return person;
  }
  return null;
}

const withoutArticle = (word: string) => word.replace(/^ال/, '');
/** "للهيئة" (لـ + الـ) → "الهيئة". */
const withArticleForLam = (word: string) => word.replace(/^لل/, 'ال');

/** The role word of a phrase, as it may stand in a title: "السفير" → "سفير". */
const roleWordOf = (token: Token) =>
  withoutArticle(token.forms.find((f) => roleHeads.has(f.form))?.form ?? token.norm);

/** Words for one who speaks for another: "الممثل الخاص للرئيس" is "المبعوث الرئاسي". */
const envoyWords = new Set(['مبعوث', 'ممثل', 'مندوب']);

/**
 * A person holds a role of that word ("سفير" in "السفير العراقي لدى روسيا"), or a role
 * written relative to someone ("نظيره الروسي"), or none known; an envoy by any of its words.
 */
function holdsRole(person: KnownEntity, roleWord: string): boolean {
  if (person.roles.every((r) => !r.titleAr)) return true;
  const envoy = envoyWords.has(roleWord);
  return person.roles.some((r) => {
    const title = normalizeForMatching(r.titleAr ?? '')
      .split(' ')
      .map(withoutArticle);
    // "الوزير" is not "وزيرة الزراعة": the same word in the other gender is another role.
    const otherGender = (w: string) => w === `${roleWord}ه` || roleWord === `${w}ه`;
    return (
      title[0]?.startsWith('نظير') ||
      (envoy && envoyWords.has(title[0] ?? '')) ||
      title.some(
        (w) =>
          w.length > 2 && (w.startsWith(roleWord) || roleWord.startsWith(w)) && !otherGender(w),
      )
    );
  });
}

/** The country a role phrase names: a nisba match, or a nisba inside a role reference. */
function countryOfPhrase(view: BlockView, first: number, to: number, context: Context) {
  const end = Math.min(to, first + 5);
  const nisba = matchesIn(view, first, end).find((m) => m.entity.kind === 'place');
  if (nisba) return nisba;
  for (let i = first + 1; i < end; i++) {
    const token = view.block.tokens[i]!;
    const place = (context.gazetteer.forms.get(token.norm) ?? []).find(
      (e) => e.kind === 'place' && e.placeKind === 'COUNTRY',
    );
    if (place) return { entity: place, from: i, to: i + 1 };
  }
  return null;
}

/**
 * A role phrase with no name ("وزير النفط الإيراني", "الوزير"): the person the article
 * named before whose role fits (the country of the nisba, the role's words, or the only
 * one of that country whose role does not say otherwise), else the last speaker when a
 * person of that country, else the country's government.
 */
function roleSpeaker(view: BlockView, first: number, to: number, context: Context): Subject {
  const { tokens } = view.block;
  const nisba = countryOfPhrase(view, first, to, context);
  const iso2 = nisba?.entity.iso2 ?? null;
  const roleWord = roleWordOf(tokens[first]!);
  const roleWords = tokens
    .slice(first, nisba ? nisba.from : Math.min(to, first + 3))
    .flatMap((t) => t.forms.map((f) => withoutArticle(f.form)));
  const last = context.lastSpeaker;
  const ofCountry = (person: KnownEntity) =>
    !iso2 || person.roles.some((r) => r.countryIso2 === iso2);
  const overlap = (person: KnownEntity) =>
    Math.max(
      0,
      ...person.roles
        .filter((r) => !iso2 || !r.countryIso2 || r.countryIso2 === iso2)
        .map(
          (r) =>
            normalizeForMatching(r.titleAr ?? '')
              .split(' ')
              .filter((w) => w.length > 2 && roleWords.includes(withoutArticle(w))).length,
        ),
    );
  if (iso2) {
    const candidates = [...new Set(context.mentioned)].filter(
      (p) => ofCountry(p) || p.roles.every((r) => !r.countryIso2),
    );
    const best = Math.max(0, ...candidates.map(overlap));
    const fitting = candidates.filter((p) => overlap(p) === best && best > 0);
    if (isPerson(last) && fitting.includes(last.entity)) return speakerSubject(last, false);
    if (fitting.length === 1) return speakerSubject({ entity: fitting[0]! }, false);
    const possible = candidates.filter((p) => ofCountry(p) && holdsRole(p, roleWord));
    if (fitting.length === 0 && possible.length === 1)
      return speakerSubject({ entity: possible[0]! }, false);
  }
  // Named only later in the article ("الممثل التجاري الروسي … يشير إلى أن", then the name).
  const later = context.articlePeople.filter((p) => ofCountry(p) && overlap(p) >= 2);
  if (later.length === 1 && !(isPerson(last) && ofCountry(last.entity)))
    return speakerSubject({ entity: later[0]! }, false);
  if (isPerson(last) && ofCountry(last.entity) && holdsRole(last.entity, roleWord))
    return speakerSubject(last, false);
  // Named nowhere: the role as written ("وزير الخارجية الإيراني"), not the country's government.
  return describedSubject(view, first, to, context, 'person');
}

/** Words that end a described speaker's phrase: what follows them is not its name. */
const phraseEnders = words([
  'خلال',
  'عبر',
  'على',
  'أثناء',
  'عقب',
  'بعد',
  'قبل',
  'عن',
  'إلى',
  'حول',
  'مع',
  'يوم',
  'منذ',
  'بشأن',
  'ومنها',
  'الذي',
  'التي',
  'هذه',
  'هذا',
  'تلك',
  'ذلك',
]);
/** After "في", a circumstance ("في بيان", "في مؤتمر صحفي"), not part of the name. */
const circumstanceNouns = words([
  'بيان',
  'بيانه',
  'بيانها',
  'البيان',
  'تصريح',
  'تصريحات',
  'تصريحه',
  'حديث',
  'حديثه',
  'مؤتمر',
  'مقابلة',
  'لقاء',
  'اجتماع',
  'رسالة',
  'تقرير',
  'تقريره',
  'تقريرها',
  'كلمة',
  'منشور',
  'تغريدة',
  'وقت',
  'ختام',
  'أعقاب',
]);
/** The most words a description takes: "المكتب الإعلامي لإدارة الرئيس الأذربيجاني". */
const maxDescriptionWords = 7;

/**
 * The phrase that describes a speaker, read from its head word `first` up to `to`: it ends
 * at punctuation, a time word, a preposition that opens a circumstance ("في بيان", "لوكالة"),
 * a word of saying or a complementizer. Speaks as `kind` ("person" for a role, "organization"
 * for an office or a newspaper).
 */
function describedSubject(
  view: BlockView,
  first: number,
  to: number,
  context: Context,
  kind: DescribedSpeaker['kind'],
): Subject {
  const { tokens, text } = view.block;
  let last = first;
  for (let i = first + 1; i < Math.min(to, first + maxDescriptionWords); i++) {
    const token = tokens[i]!;
    const gap = text.slice(tokens[i - 1]!.end, token.start);
    if (/[،,:.;؛()\-–]/.test(gap)) break;
    // A quoted name is the description's own only right after its noun ("صحيفة "RBC""), not
    // after a whole description ("وكالة الأنباء الأردنية "بترا"").
    const opensQuote = /[«“]\s*$/.test(gap) || /\s"$/.test(gap);
    if (opensQuote && !tokenIn(tokens[i - 1], namingNouns)) break;
    // After the quoted name, its country at most: "صحيفة “إزفستيا” الروسية", not "قناة ”إيرين”
    // التلفزيونية الرسمية" nor "صحيفة “الوطن” المقربة من …".
    if (/\S["”»]\s*$/.test(text.slice(tokens[i - 1]!.start, token.start))) {
      const country = matchStartingAt(view.block.matches, i)?.entity.kind === 'place';
      if (country) last = i;
      break;
    }
    if (adverbs.has(token.norm) || phraseEnders.has(token.norm) || isComplementizer(token)) break;
    // A person's name ends it, unless an office's ("لإدارة الرئيس الأذربيجاني"); a person
    // after ل is whose office it is, and ends it after the name ("المكتب الإعلامي للكاظمي").
    const person = startingMatchOfKind(view.block.matches, i, 'person');
    if (person && /^ل/.test(token.text) && !headAt(view, i)) {
      last = person.to - 1;
      break;
    }
    if (headAt(view, i) || (person && !tokenIn(tokens[i - 1], organizationHeads))) break;
    // "مصدر في وزارة الطاقة", "مصادر في العاصمة الإيرانية": في goes on to an office or a
    // definite noun, never to a circumstance ("في بيان") or a date ("في 12 مايو").
    const next = tokens[i + 1];
    // (or to the country or city it is in: "هيئة مراقبة السلامة الزراعية في روسيا")
    const goesOn =
      !!next &&
      !inListOrDefinite(next, circumstanceNouns) &&
      (inListOrDefinite(next, organizationHeads) ||
        next.norm.startsWith('ال') ||
        matchStartingAt(view.block.matches, i + 1)?.entity.kind === 'place');
    if (/^(في|فى)$/.test(token.text) && !goesOn) break;
    if (/^\p{N}/u.test(token.norm)) break;
    // "السفارة الروسية في الخرطوم صحة الأنباء": the place it is in ends the phrase.
    if (afterPlaceOfPhrase(view, first, i)) break;
    // "أبدت وزارة الموارد الطبيعية الروسية استعدادها", "وختم السفير الروسي تصريحاته": a noun
    // with a pronoun is the object (تـ and his pronoun as written, not a ة read as ه).
    const withPronoun = /.{3}(ها|هم|هما)$/.test(token.norm) || /.{3}ته$/.test(token.text);
    if (!token.norm.startsWith('ال') && withPronoun) break;
    // "مسؤول روسي لوكالة رويترز", "لـ"الجمهورية"": the channel spoken to.
    const channel =
      tokenIn(token, anonymousSources) ||
      tokenIn(token, namingNouns) ||
      tokenIn(token, pressAudience);
    if (token.norm === 'ل' || (/^ل/.test(token.norm) && channel)) break;
    // "وأشاد مسؤول روسي بالعلاقات الثنائية": after a person, ب and a definite noun that
    // names no place is the object of the verb (an office goes on: "السفارة … بالقاهرة").
    const place = matchStartingAt(view.block.matches, i)?.entity.kind === 'place';
    if (kind === 'person' && /^بال/.test(token.norm) && !place) break;
    last = i;
  }
  // A phrase ends on a name, not on a preposition: "مصادر في" is "مصادر".
  while (last > first && /^(في|فى|من|ب|ل)$/.test(tokens[last]!.norm)) last--;
  // Without a preposition on its first word: "وفقا للهيئة الروسية" is "الهيئة الروسية".
  const opening = tokens[first]!.text;
  const companyName = quotedCompanyName(view, first);
  // The closing mark of a quoted name it ends on: "وكالة "إرنا"".
  const closes = /^["”»]/.test(text.slice(tokens[last]!.end)) && last > first;
  const end = tokens[last]!.end + (closes ? 1 : 0);
  const description = companyName
    ? companyName
    : /^لل/.test(opening)
      ? `ال${text.slice(tokens[first]!.start + 2, end)}`
      : text.slice(tokens[first]!.start + (/^[بوفك]ال/.test(opening) ? 1 : 0), end);
  const country = countryOfPhrase(view, first, last + 1, context);
  const head = headWordOf(tokens[first]!);
  const subject = speakerSubject({
    described: { kind, description, head, countryIso2: country?.entity.iso2 ?? null },
  });
  // "أعلنت هيئة الجمارك الروسية … وذكر بيان للهيئة الروسية": a shorter definite mention of
  // the one described before is that one.
  const earlier = shorterMentionOf(subject, tokens[first]!, context);
  return earlier ? speakerSubject(earlier, false) : subject;
}

/**
 * "شركة "جازبروم نفط" الروسية", "المجموعة الروسية النفطية "روسنفت"": a company is known by
 * the name it is quoted under, right after its noun or after the words that describe it.
 */
function quotedCompanyName(view: BlockView, first: number): string | null {
  const head = view.block.tokens[first]!;
  if (!tokenIn(head, companyNouns)) return null;
  const describing = /^(?:\s+[\p{L}\u064B-\u0652]+){0,3}\s*$/u;
  const quote = view.quotes.find(
    (q) =>
      !q.unclosed && q.open > head.end && describing.test(view.block.text.slice(head.end, q.open)),
  );
  const name = quote && view.block.text.slice(quote.start, quote.end);
  return name && name.split(/\s+/).length <= 4 ? name : null;
}
const companyNouns = words(['شركة', 'الشركة', 'مجموعة', 'المجموعة']);

/** Whether token i follows a place the phrase is in: "في الخرطوم", "لدى مصر", "بالقاهرة". */
function afterPlaceOfPhrase(view: BlockView, first: number, i: number): boolean {
  const { tokens } = view.block;
  const place = view.block.matches.find(
    (m) => m.to === i && m.from > first + 1 && m.entity.kind === 'place',
  );
  if (!place) return false;
  const before = tokens[place.from - 1]!.norm;
  return /^(في|لدي)$/.test(before) || /^ب/.test(tokens[place.from]!.text);
}

/** The head word of a described speaker without proclitic or article: "والمصدر" → "مصدر". */
function headWordOf(token: Token): string {
  const heads = [organizationHeads, describedSources, anonymousPeople, roleHeads];
  return withoutArticle(
    token.forms.find((f) => heads.some((list) => list.has(f.form)))?.form ??
      withArticleForLam(token.norm),
  );
}

/** "أكدت فيه": in the document just named. */
const inIt = words(['فيه', 'فيها']);
const isDefinite = (token: Token) => token.forms.some((f) => f.form.startsWith('ال'));
/** "المصدر ذاته", "المصدر نفسه": the one spoken of before. */
const sameWords = words(['ذاته', 'ذاتها', 'نفسه', 'نفسها']);

/**
 * A person given only by role or as a source ("مسؤول روسي", "مصدر في وزارة الطاقة"); a
 * definite one ("للمسؤول الروسي المذكور") is the person spoken of before.
 */
function unnamedPerson(view: BlockView, first: number, to: number, context: Context): Subject {
  const last = context.lastSpeaker;
  const token = view.block.tokens[first]!;
  if (!isDefinite(token)) return describedSubject(view, first, to, context, 'person');
  const iso2 = countryOfPhrase(view, first, to, context)?.entity.iso2;
  // "اعتبر مسؤول بوزارة التجارة العمانية … وقال مدين البلوشي … وقال المسؤول العماني": the
  // named person who spoke last, after the unnamed one, if of that country (or of none known).
  // (A source stays the source: "يعتبر المصدر الروسي" is the one described before.)
  const namedOfCountry =
    isPerson(last) &&
    !!iso2 &&
    !/^(مصدر|مصادر)$/.test(headWordOf(token)) &&
    (last.entity.roles.some((role) => role.countryIso2 === iso2) ||
      last.entity.roles.every((role) => !role.countryIso2));
  if (namedOfCountry) return speakerSubject(last, false);
  // "أفاد مصدر في وزارة الخارجية … يعتبر المصدر الروسي أن": the source described before,
  // whoever spoke in between.
  const sameHead = context.describedByHead.get(headWordOf(token));
  if (sameHead) return speakerSubject(sameHead, false);
  if (isSomeone(last)) return speakerSubject(last, false);
  // "وقال المصدر ذاته", "المصدر نفسه": whoever spoke last, an organization too.
  if (last && sameWords.has(view.block.tokens[first + 1]?.norm ?? ''))
    return speakerSubject(last, false);
  // "وأوضح المسؤول السوداني": the person of that country the article named last.
  const named = context.mentioned.findLast(
    (person) => !iso2 || person.roles.some((role) => role.countryIso2 === iso2),
  );
  return named
    ? speakerSubject({ entity: named }, false)
    : describedSubject(view, first, to, context, 'person');
}

/**
 * A source that speaks: a newspaper, agency or office the gazetteer lacks ("وكالة الأنباء",
 * "جهاز الإحصاء الروسي") as written; reports, data and media in general are no one.
 */
function describedSource(view: BlockView, first: number, to: number, context: Context): Subject {
  if (!inListOrDefinite(view.block.tokens[first], describedSources)) return { kind: 'anonymous' };
  return describedOrganization(view, first, to, context);
}

/**
 * An office or a source the gazetteer lacks, as written ("وزارة الخزانة الأمريكية",
 * "السفارة الروسية بالقاهرة"); its head word alone and definite ("واكدت السفارة",
 * "الوكالة") is the organization that spoke last, not a new one.
 */
function describedOrganization(
  view: BlockView,
  first: number,
  to: number,
  context: Context,
): Subject {
  const described = describedSubject(view, first, to, context, 'organization');
  // Its head word alone, not a one-word name ("المجموعة … "روسنفت"" is Rosneft).
  const alone =
    described.kind === 'speaker' &&
    'described' in described.speaker &&
    withoutArticle(normalizeForMatching(described.speaker.described.description)) ===
      described.speaker.described.head;
  if (!alone || !isDefinite(view.block.tokens[first]!)) return described;
  const last = context.lastSpeaker;
  // Not a described body of another kind: "أفادت الخدمة الصحفية … وبحسب الصحيفة" is a paper.
  const otherBody =
    last && 'described' in last && last.described.head !== headWordOf(view.block.tokens[first]!);
  if (last && !isSomeone(last) && !otherBody) return speakerSubject(last, false);
  // "أبدت وزارة الموارد الطبيعية … وكشفت الوزارة أن": the one named before in the paragraph.
  const head = withoutArticle(view.block.tokens[first]!.norm);
  const { tokens } = view.block;
  for (let i = first - 1; i >= 0; i--) {
    const known = startingMatchOfKind(view.block.matches, i, 'organization');
    if (known && normalizeForMatching(known.entity.nameAr).startsWith(head))
      return speakerSubject({ entity: known.entity }, false);
    if (!known && tokens[i]!.forms.some((f) => f.form === head) && !isDefinite(tokens[i]!))
      return describedSubject(view, i, first, context, 'organization');
  }
  // "أكدت وزارة الخارجية الروسية … وقالت الخارجية": the one an earlier paragraph named.
  const named = context.mentionedOrganizations.findLast((o) =>
    normalizeForMatching(o.nameAr)
      .split(' ')
      .some((word) => withoutArticle(word) === head),
  );
  if (named) return speakerSubject({ entity: named }, false);
  // "أعلنت الخدمة الصحافية … ووفقاً لما نقلته وكالة تاس … وأوضحت الخدمة": the body of that
  // kind that spoke before, whoever spoke in between.
  const sameHead = context.describedByHead.get(headWordOf(view.block.tokens[first]!));
  if (sameHead) return speakerSubject(sameHead, false);
  return { kind: 'anonymous' };
}

/** The described speaker before with the same head whose words hold all of this one's. */
function shorterMentionOf(subject: Subject, first: Token, context: Context): SpeakerRef | null {
  if (subject.kind !== 'speaker' || !('described' in subject.speaker)) return null;
  const { described } = subject.speaker;
  // An office's head in construct is definite by its genitive: "هيئة مراقبة السلامة".
  if (!isDefinite(first) && described.kind !== 'organization') return null;
  const before = context.describedByHead.get(described.head);
  if (!before || !('described' in before)) return null;
  const wordsOf = (phrase: string) =>
    normalizeForMatching(phrase)
      .split(/\s+/)
      .map((word) => withoutArticle(withArticleForLam(word)));
  const known = new Set(wordsOf(before.described.description));
  const words = wordsOf(described.description);
  return words.length > 1 && words.length < known.size && words.every((word) => known.has(word))
    ? before
    : null;
}

/**
 * The subject of a verb of saying, read from `from` (the word after the verb) up to `to`
 * (exclusive: the complementizer or the quotation). A person wins (the country of a role
 * phrase never hides it); an organization only in subject position, maybe after "بيان";
 * "البيان" for the organization whose statement the text quotes; a country or capital
 * right after the verb for its government; a role phrase with no name (roleSpeaker); an
 * anonymous one (مصدر، مسؤول روسي) for no one.
 */
function subjectAfter(
  view: BlockView,
  from: number,
  to: number,
  context: Context,
  afterAccording = false,
): Subject {
  const { block } = view;
  // Skip adverbials before the subject word: "وأضاف أيضا", "وقالت بدورها", "وجاء في".
  let first = from;
  const placeVerb = placeVerbs.has(block.tokens[from - 1]?.norm ?? '');
  const skip = (i: number) =>
    view.quoted[i] ||
    adverbs.has(block.tokens[i]!.norm) ||
    (i === from && block.tokens[i]!.norm === 'في' && placeVerb) ||
    // "ونوه معالي الدكتور رئيس مجلس الدولة": honorifics before a role phrase of its own
    // ("وأكد سعادة السفير أن": a bare role word keeps its honorific, as before)
    (i + 2 < to && tokenIn(block.tokens[i], honorifics));
  while (first < to && skip(first)) first++;
  if (first >= to) return none;
  const firstToken = block.tokens[first];
  const inside = matchesIn(view, first, to);
  // "وقال على هامش الاجتماع …، إن": a circumstance first, the subject is the pronoun.
  const matchedFirst = inside.some((m) => m.from === first);
  if (
    !matchedFirst &&
    !afterAccording &&
    (circumstanceWords.has(firstToken!.norm) || /^لل?[^ا]/.test(firstToken!.norm)) &&
    !placeVerb
  )
    return none;
  if (placeVerb && tokenIn(firstToken, documentNouns)) return issuerOf(view, first, to, context);
  // "المتحدث باسم الكرملين دميتري بيسكوف": the role word of a name close behind it.
  const named = personIn(view, first, Math.min(to, first + 10), context);
  if (!matchedFirst && !named && inListOrDefinite(firstToken, anonymousPeople))
    return unnamedPerson(view, first, to, context);
  if (tokenIn(firstToken, documentNouns) || tokenIn(firstToken, statementNouns)) {
    // "ووفق بيان صادر عن وزارة الشؤون الخارجية المغربية، فإن": the issuer.
    const by = wordIn(block.tokens, 'عن', first + 1, Math.min(to, first + 4));
    if (by !== -1) return issuerOf(view, first, to, context);
    const publisher = publisherOf(view, first, to, context);
    if (publisher) return publisher;
    // "ووفق تقرير الجهاز المركزي للتعبئة العامة والإحصاء فإن": the office the document is of.
    const of = block.tokens[first + 1];
    const known = matchesIn(view, first + 1, to).some((m) => m.from === first + 1);
    if (
      !known &&
      (inListOrDefinite(of, organizationHeads) || inListOrDefinite(of, describedSources))
    )
      return describedSubject(view, first + 1, to, context, 'organization');
  }
  if (!matchedFirst && inListOrDefinite(firstToken, anonymousSources)) {
    // "ونقلت وكالات الأنباء عن كليبانوف أن": the one the source quotes; "عن المسؤول":
    // the one described before; else the source itself when it is one ("وكالة الأنباء").
    const by = wordIn(block.tokens, 'عن', first + 1, to);
    const quoted = by === -1 ? null : personIn(view, by + 1, to, context);
    if (quoted) return speakerSubject({ entity: quoted });
    if (by !== -1 && inListOrDefinite(block.tokens[by + 1], anonymousPeople))
      return unnamedPerson(view, by + 1, to, context);
    // "ونقلت وكالة الأنباء عن رئيس الوكالة الفيدرالية لمصايد الأسماك قوله": the official.
    if (by !== -1 && tokenIn(block.tokens[by + 1], roleHeads))
      return roleSpeaker(view, by + 1, to, context);
    return describedSource(view, first, to, context);
  }
  const person = aideNamedAfter(view, first, to) ?? personIn(view, first, to, context);
  if (person) return speakerSubject({ entity: person });
  const statementNoun = tokenIn(firstToken, statementNouns);
  const organization = inside.find(
    (m) =>
      m.entity.kind === 'organization' &&
      (m.from === first || (statementNoun && m.from <= first + 4)),
  );
  if (organization) return speakerSubject({ entity: organization.entity });
  if (statementNoun && context.statementOrg)
    return speakerSubject({ entity: context.statementOrg });
  const place = inside.find((m) => m.from === first);
  const government = place ? governmentOf(place.entity, context) : null;
  if (government) return speakerSubject(government);
  if (inListOrDefinite(firstToken, anonymousSources))
    return describedSource(view, first, to, context);
  if (inListOrDefinite(firstToken, organizationHeads))
    return describedOrganization(view, first, to, context);
  if (inListOrDefinite(firstToken, anonymousPeople)) return unnamedPerson(view, first, to, context);
  if (tokenIn(firstToken, roleHeads)) return roleSpeaker(view, first, to, context);
  // "وأكد الجانبان": both sides speak, not the last speaker.
  if (collectiveSubjects.has(firstToken!.norm)) return { kind: 'anonymous' };
  return none;
}

/** Whose aide, envoy or spokesman someone is: "مبعوث الرئيس الروسي …". */
const aideWords = words([
  'مبعوث',
  'المبعوث',
  'مساعد',
  'المساعد',
  'مستشار',
  'المستشار',
  'ممثل',
  'الممثل',
  'المتحدث',
  'الناطق',
  'المتحدثة',
  'الناطقة',
]);

/**
 * "كشف مبعوث الرئيس الروسي فلاديمير بوتين إلى الشرق الأوسط، ميخائيل بوغدانوف، أن": the aide
 * named after the comma speaks, not the principal named inside his title.
 */
function aideNamedAfter(view: BlockView, first: number, to: number): KnownEntity | null {
  const { tokens, text } = view.block;
  if (!aideWords.has(tokens[first]!.norm)) return null;
  const people = matchesIn(view, first + 1, to).filter((m) => m.entity.kind === 'person');
  const [principal, aide] = people;
  if (!principal || !aide || aide.from - principal.to > 5) return null;
  const gap = text.slice(tokens[aide.from - 1]!.end, tokens[aide.from]!.start);
  return /[،,]/.test(gap) ? aide.entity : null;
}

/**
 * The issuer of a document that speaks ("وجاء في بيان صادر عن X أن"): X when known, the
 * organization whose statement "البيان" is, else no one Khabar can store.
 */
function issuerOf(view: BlockView, first: number, to: number, context: Context): Subject {
  const { tokens } = view.block;
  const by = wordIn(tokens, 'عن', first + 1, Math.min(to, first + 4));
  if (by !== -1) {
    const match = matchesIn(view, by + 1, to).find((m) => m.from === by + 1);
    if (match && match.entity.kind !== 'place') return speakerSubject({ entity: match.entity });
    const issuer = tokens[by + 1];
    if (inListOrDefinite(issuer, organizationHeads) || inListOrDefinite(issuer, describedSources))
      return describedSubject(view, by + 1, to, context, 'organization');
    return { kind: 'anonymous' };
  }
  const organization = matchesIn(view, first + 1, to).find(
    (m) => m.from === first + 1 && m.entity.kind === 'organization',
  );
  if (organization) return speakerSubject({ entity: organization.entity });
  const publisher = publisherOf(view, first, to, context);
  if (publisher) return publisher;
  return tokenIn(tokens[first], statementNouns) && context.statementOrg
    ? speakerSubject({ entity: context.statementOrg })
    : { kind: 'anonymous' };
}

/** "نشرته", "أصدرته", "أعدّته": the verb that names who put a document out. */
const publishedByShape = new RegExp(`^(${relayStems}|اصدر|اعد)(ت)(ه)$`);

/**
 * Who put the document out: "تقرير نشرته صحيفة "RBC" الروسية" is the newspaper's, "تقرير
 * أصدرته وزارة الزراعة" the ministry's; null when no publisher follows.
 */
function publisherOf(view: BlockView, first: number, to: number, context: Context): Subject | null {
  const { tokens } = view.block;
  const at = first + 2;
  if (at >= to || !publishedByShape.test(tokens[first + 1]?.norm ?? '')) return null;
  const known = matchesIn(view, at, to).find((m) => m.from === at);
  if (known && known.entity.kind === 'organization')
    return speakerSubject({ entity: known.entity });
  if (
    !known &&
    (inListOrDefinite(tokens[at], describedSources) ||
      inListOrDefinite(tokens[at], organizationHeads))
  )
    return describedSubject(view, at, to, context, 'organization');
  return null;
}

/**
 * The one a country or office speaks through: "أعلنت روسيا، على لسان سفيرها في دمشق
 * ألكسندر إيفيموف، أنها …" is the ambassador's statement.
 */
function mouthpieceIn(view: BlockView, from: number, to: number, context: Context): Subject {
  const { tokens } = view.block;
  for (let i = from; i + 2 < to; i++) {
    if (tokens[i]!.norm !== 'علي' || tokens[i + 1]!.norm !== 'لسان') continue;
    const person = personIn(view, i + 2, to, context);
    if (person) return speakerSubject({ entity: person });
    if (tokenIn(tokens[i + 2], roleHeads)) return roleSpeaker(view, i + 2, to, context);
  }
  return none;
}

/**
 * The source after "وفق"/"حسب": "حسب ما نشرته وكالة الأنباء الفرنسية" is the agency; "وفق ما
 * نقلته وكالة سبوتنيك عن المدير …، سيرجي دانكفيرت، فإن" is the person the agency quotes.
 */
function accordingSource(view: BlockView, from: number, to: number, context: Context): Subject {
  const { tokens } = view.block;
  let first = from;
  // "بحسب ما نقلته", "وفقاً لما نقلته": the verb of relaying, then the source.
  if (/^ل?ما$/.test(tokens[first]?.norm ?? '') && relayedBy(tokens[first + 1])) first += 2;
  if (first > from) {
    const by = wordIn(tokens, 'عن', first + 1, to);
    const quoted = by === -1 ? null : personIn(view, by + 1, to, context);
    if (quoted) return speakerSubject({ entity: quoted });
  }
  return subjectAfter(view, first, to, context, true);
}
/** "ما نشرته", "ما نقلت", "ما أعلنته": a verb of relaying or telling, its pronoun optional. */
const relayedByShape = new RegExp(`^(${relayStems}|ذكر|اعلن|افاد)(ت)?(ه|ها)?$`);
const relayedBy = (token: Token | undefined) => !!token && relayedByShape.test(token.norm);

/** A subject right before the verb: "وكان نوفاك قد قال", "لافروف يقول". */
function subjectBefore(
  view: BlockView,
  verbAt: number,
  context: Context,
  sentenceFrom = 0,
): Subject {
  const { tokens } = view.block;
  const end = tokens[verbAt - 1]?.norm === 'قد' ? verbAt - 1 : verbAt;
  // "الولايات المتحدة التي رأت أن": the antecedent of the relative pronoun, or no one.
  if (relativePronouns.has(tokens[end - 1]?.norm ?? '')) {
    const antecedent = view.block.matches.find((m) => m.to === end - 1);
    if (!antecedent) return { kind: 'anonymous' };
    if (antecedent.entity.kind === 'place') {
      const government = governmentOf(antecedent.entity, context);
      return government ? speakerSubject(government) : { kind: 'anonymous' };
    }
    return speakerSubject({ entity: antecedent.entity });
  }
  // "وكانت تقارير إعلامية قد أفادت": no one; "وكان مصدر حكومي أفاد": the source so described.
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    if (/[،,:.]/.test(view.block.text.slice(tokens[i]!.end, tokens[i + 1]!.start))) break;
    if (inListOrDefinite(tokens[i], anonymousPeople)) return unnamedPerson(view, i, end, context);
    if (inListOrDefinite(tokens[i], anonymousSources)) return { kind: 'anonymous' };
  }
  // Never across the sentence's start: "… لافروف وبيراموف. وأكد أن" is not Bayramov's.
  if (end <= sentenceFrom) return none;
  const match = view.block.matches.find((m) => m.to === end && m.entity.kind !== 'place');
  if (match && !/[،,:]/.test(view.block.text.slice(tokens[end - 1]!.end, tokens[verbAt]!.start)))
    return speakerSubject({ entity: match.entity });
  const person = bySurname(tokens[end - 1], context);
  if (person) return speakerSubject({ entity: person });
  // "وكان الرئيس الروسي فلاديمير بوتين، قد أعلن", "وكانت وزارة الزراعة الروسية قد أكدت",
  // "وكان تحالف "أوبك+" أعلن": the subject between كان and قد (or the verb), read as after a
  // verb; without قد, only with no punctuation between كان and the verb.
  for (let i = end - 1; i >= Math.max(sentenceFrom, end - 10); i--) {
    if (
      end === verbAt &&
      /[،,:.؛]/.test(view.block.text.slice(tokens[i]!.end, tokens[i + 1]!.start))
    )
      break;
    if (/^و?كان(ت)?$/.test(tokens[i]!.norm)) return subjectAfter(view, i + 1, end, context);
  }
  // A role phrase opening the sentence before its verb: "الممثل التجاري الروسي يشير إلى أن".
  const gap = view.block.text.slice(tokens[sentenceFrom]!.start, tokens[verbAt]!.start);
  if (
    sentenceFrom < verbAt &&
    verbAt - sentenceFrom <= 8 &&
    !/[،,:.]/.test(gap) &&
    tokenIn(tokens[sentenceFrom], roleHeads)
  )
    return roleSpeaker(view, sentenceFrom, verbAt, context);
  return none;
}

/** The nearest person or organization before a noun of saying: "عن ميلر قوله". */
function speakerBeforeNoun(view: BlockView, nounAt: number, from: number, context: Context) {
  const before = view.block.tokens[nounAt - 1];
  const person = bySurname(before, context);
  if (person) return speakerSubject({ entity: person });
  // "ونقلت الوكالة عن مصدر في الخارجية الروسية قوله": the source, not the ministry it is in.
  const { tokens } = view.block;
  const by = lastWordIn(tokens, 'عن', from, nounAt);
  if (by !== -1 && inListOrDefinite(tokens[by + 1], anonymousPeople))
    return unnamedPerson(view, by + 1, nounAt, context);
  const match = matchesIn(view, from, nounAt)
    .filter((m) => m.entity.kind === 'person' || m.entity.kind === 'organization')
    .at(-1);
  return match ? speakerSubject({ entity: match.entity }) : none;
}

/** Up to 40 characters of the text before a quotation's opening mark, from `from` on. */
const textBefore = (block: DocumentBlock, quote: Quote, from = 0) =>
  block.text.slice(Math.max(from, quote.open - 40), quote.open);

/** A stance the speaker voices about something: "ارتياحه لـ"…"", "ترحيبها بـ"…"". */
const stanceNounShape =
  /^(ارتياح|ترحيب|تقدير|تاييد|دعم|رفض|ادانت|تطلع|امتنان|شكر|سعادت|سرور|اعتزاز)(ه|ها|هم)$/;

/** "وفق ما نقلت", "وفقاً لما ذكرته", "كما أوردت": what a medium reported, its name next. */
const reportedBy =
  /(?:(?:وفق|وفقا\s*ل|حسب|بحسب)\s*ما|كما|مثلما)\s+(?:نقل|ذكر|اورد|افاد|نشر|بث)(?:ت|ته|ه)?\s*$/u;

/**
 * An organization's head noun and the words of its name up to `open`, with nothing but
 * spaces between ("جمعية الأعمال الروسية “ديلوفايا روسيا”"); not a word that ends a phrase of
 * its own ("… بأنها “متينة”").
 */
function namedAfterOrganization(block: DocumentBlock, open: number): boolean {
  const { tokens, text } = block;
  let gapEnd = open;
  for (let k = lastTokenBefore(tokens, open), words = 0; k >= 0; k--) {
    const token = tokens[k]!;
    if (!/^\s+$/.test(text.slice(token.end, gapEnd)) || ++words > 6) return false;
    if (inListOrDefinite(token, organizationHeads)) return true;
    if (isComplementizer(token) || /(ه|ها|هم|هما)$/.test(token.text)) return false;
    gapEnd = token.start;
  }
  return false;
}

/** A naming noun, then up to three adjectives ("المنتدى الاقتصادي الدولي"), before `open`. */
function namedAfterAdjectives(block: DocumentBlock, open: number): boolean {
  const { tokens, text } = block;
  let k = lastTokenBefore(tokens, open);
  let gapEnd = open;
  for (let adjectives = 0; k >= 0 && /^\s+$/.test(text.slice(tokens[k]!.end, gapEnd)); k--) {
    const token = tokens[k]!;
    if (adjectives > 0 && inListOrDefinite(token, namingNouns)) return true;
    if (!/^ال.{2,}(ي|يه)$/.test(token.norm) || ++adjectives > 3) return false;
    gapEnd = token.start;
  }
  return false;
}

/** A quotation that names something (وكالة "تاس"، محطة "أكويو") rather than quoting speech. */
function isName(view: BlockView, quote: Quote, head: Head | undefined): boolean {
  const { block } = view;
  if (isQuotedName(block, quote)) return true;
  const text = block.text.slice(quote.start, quote.end);
  const count = text.split(/\s+/).length;
  if (!/\p{Script=Arabic}/u.test(text)) return true;
  const previous = block.tokens[lastTokenBefore(block.tokens, quote.open)];
  const inside = tokensIn(block, quote.start, quote.end);
  if (count <= 5 && tokenIn(previous, namingNouns)) return true;
  // "بصفتها «شريك حوار»": a status held, not words said (but "كـ”مكان محتمل”" may be).
  if (count <= 4 && /(^|\s)(بصفت|بوصف)(ه|ها)\s*$/.test(textBefore(block, quote))) return true;
  // "قوات قائد “الجيش الوطني الليبي، خليفة حفتر، …" and no closing mark: a stray mark
  // opening a name, not a quotation running to the end of the paragraph.
  if (quote.unclosed && /^ال?جيش$/.test(block.tokens[inside[0] ?? -1]?.norm ?? '')) return true;
  // "مؤتمر "التعاون وتدابير بناء الثقة في آسيا"": an event's long name right after its noun
  // (not "في حسابه "…"", where the speaker's own words follow his account).
  const adjoining = !!previous && !/\S/.test(block.text.slice(previous.end, quote.open));
  const bareNoun = !!previous && !isDefinite(previous) && !/(ه|ها)$/.test(previous.text);
  if (count <= 10 && adjoining && bareNoun && tokenIn(previous, namingNouns)) return true;
  // "المنتدى الاقتصادي الدولي "روسيا-العالم الإسلامي: منتدى قازان"": the noun, its adjectives.
  if (count <= 5 && adjoining && namedAfterAdjectives(block, quote.open)) return true;
  // "مركز تنمية صادرات المنتجات الزراعية الروسية “أغرو إكسبورت”": a body's own name after it.
  if (count <= 3 && adjoining && namedAfterOrganization(block, quote.open)) return true;
  // "وفق ما نقلت "سي سي تي في"": the medium that reported it.
  if (count <= 5 && reportedBy.test(normalizeForMatching(textBefore(block, quote)))) return true;
  // "لـ"المصدر اونلاين"", "لـ«الشرق الأوسط»": the medium spoken to (not "عن ارتياحه لـ"…"",
  // what the speaker is glad of).
  const mediumFrom = Math.max(0, quote.open - 4);
  const medium = /(^|[\s(])لـ*\s*$/.exec(block.text.slice(mediumFrom, quote.open));
  if (count <= 5 && medium) {
    const lam = mediumFrom + medium.index + medium[1]!.length;
    if (!stanceNounShape.test(block.tokens[lastTokenBefore(block.tokens, lam)]?.norm ?? ''))
      return true;
  }
  // "محمد بن سلمان «ولي العهد نائب رئيس مجلس الوزراء»": the titles of the one just named.
  const firstInside = inside[0];
  const before =
    firstInside === undefined
      ? undefined
      : block.matches[firstMatchFrom(block.matches, firstInside) - 1];
  const justNamed =
    before?.entity.kind === 'person' &&
    before.to === firstInside &&
    previous?.end === block.tokens[before.to - 1]?.end;
  if (justNamed && firstInside !== undefined && tokenIn(block.tokens[firstInside], roleHeads))
    return true;
  // An organization's or a named thing's name in marks: "«منظمة التعاون الإسلامي»",
  // "“اتفاقية الشراكة الشاملة والتعاون الاستراتيجي”", "ممر الحبوب"; a Russian agency's or
  // company's: "روس آتوم", "روس ستات".
  const openingToken = firstInside === undefined ? undefined : block.tokens[firstInside];
  if (
    count <= 5 &&
    openingToken !== undefined &&
    (inListOrDefinite(openingToken, organizationHeads) ||
      inListOrDefinite(openingToken, namingNouns) ||
      (count <= 3 && /^روس(?!يا|ي$|يه$)/.test(openingToken.norm)))
  )
    return true;
  if (count > 3) return false;
  // "خط أنابيب الغاز الجديد "…"": a naming noun a few words before, in the same phrase.
  const leading = tokensIn(block, Math.max(0, quote.open - 60), quote.open).slice(-3);
  const phrase = leading.filter(
    (i) => !/[،,:.؛]/.test(block.text.slice(block.tokens[i]!.end, quote.open)),
  );
  if (phrase.some((i) => tokenIn(block.tokens[i], namingNouns))) return true;
  // "ستارت 3", "قوة سيبيريا 2": a series name.
  if (/\p{N}$/u.test(text)) return true;
  // A known name in marks: "أوبك", "روسيا اليوم".
  // (a match holding the first word inside; matches are in order and do not overlap)
  const holding = block.matches[firstMatchFrom(block.matches, (inside[0] ?? -1) + 1) - 1];
  const named =
    !!holding && holding.from <= (inside[0] ?? -1) && holding.to >= (inside.at(-1) ?? -1) + 1;
  if (named || !head) return true;
  let leadEnd = quote.open;
  while (leadEnd > 0 && /\s/.test(block.text[leadEnd - 1]!)) leadEnd--;
  // One quoted word is a name unless it is what is said: "قال: «مثمرة»", "نكون «براغماتيين»",
  // "ووصف الكاروري بـ “المهمة”".
  if (count === 1)
    return !(
      block.text[leadEnd - 1] === ':' ||
      (inside[0] ?? 0) - head.at <= 2 ||
      (previous !== undefined &&
        (copula.test(previous.norm) || isComplementizer(previous) || previous.norm === 'ب'))
    );
  // A short fragment is speech close to its head: "أكد … «مواصلة الاتصالات»", or to the
  // start of the clause it ends ("وأكدت السفارة، في بيان …، أن هذه الادعاءات … «أكاذيب»").
  const start = inside[0] ?? 0;
  let anchor = head.at;
  for (let i = start - 1; i > head.at; i--) {
    if (isComplementizer(block.tokens[i])) {
      anchor = i;
      break;
    }
  }
  const distance = start - anchor;
  if (distance <= 14) return false;
  // Further on, an indefinite phrase or a verb is still the speaker's ("كـ”مكان محتمل”",
  // "“فُرض علينا”"); a definite one is a thing named ("“الشرق الأقصى”").
  const first = block.tokens[start];
  const namesSomething = inside.some((i) =>
    [organizationHeads, namingNouns].some((list) => tokenIn(block.tokens[i], list)),
  );
  // (and "“حفظه الله”" is a formula of respect)
  return distance > 30 || !first || isDefinite(first) || namesSomething || /الله$/.test(text);
}

function saidOnIn(block: DocumentBlock, sentence: Sentence, context: Context): Date | null {
  return (
    findDate(block.text.slice(sentence.start, sentence.end), context.articleYear)?.date ?? null
  );
}

/** The organization whose statement is quoted: "بيان وزارة الخارجية الروسية", "X في بيان". */
function trackStatementOrg(block: DocumentBlock, context: Context, sentence: Sentence): void {
  const { tokens } = block;
  for (let i = firstTokenAfter(tokens, sentence.start - 1); i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start >= sentence.end) break;
    if (!tokenIn(token, statementNouns)) continue;
    const after = block.matches.find(
      (m) => (m.from === i + 1 || m.from === i + 2) && m.entity.kind === 'organization',
    );
    const before = [...block.matches]
      .reverse()
      .find((m) => m.to <= i && i - m.to <= 3 && m.entity.kind === 'organization');
    const org = after?.entity ?? before?.entity;
    if (org) context.statementOrg = org;
  }
}

/**
 * A participle of saying that opens a clause of its own: "مشيراً إلى أن", "مؤكداً أنه",
 * "داعياً إلى العمل".
 */
function participleBeforeClause(tokens: Token[], i: number): boolean {
  if (!tokenIn(tokens[i], clauseEnders) || tokenIn(tokens[i], accordingTo)) return false;
  const next = tokens[i + 1];
  return (
    isComplementizer(next) ||
    (next?.norm === 'الي' && isComplementizer(tokens[i + 2])) ||
    tokenIn(next, honorificPronouns) || // "… عام 1901 مؤكدا معاليه حرص البلدين"
    // "… مع سورية داعيا إلى العمل", "… في العالم منوهاً بدور روسيا": a masculine participle in
    // the accusative, then its preposition (the feminine forms are also nouns: لافتة، داعية)
    (/ا$/.test(tokens[i]!.norm) &&
      next !== undefined &&
      (next.norm === 'الي' || next.norm === 'علي' || /^ب\p{L}{2,}/u.test(next.norm)))
  );
}
/** How far after its verb a subject is looked for: a long role and a name ("رحب وزير … الصباح"). */
const subjectWords = 12;
/** Honorifics that stand for the person as subject: "وأكد معاليه", "مشيرا سعادته". */
const honorificPronouns = words(['معاليه', 'معاليها', 'سعادته', 'سعادتها', 'سموه', 'فخامته']);

/**
 * A comma (or the Arabic semicolon, used as one) and maybe و, at the end of a text; some
 * outlets write و apart ("، و قال إن").
 */
const commaAtEnd = /[،,؛]\s*(?:و\s*)?$/;
/**
 * The few characters before an offset, where a comma, spaces and و stand: a regex ending in
 * `$` over the whole text before it scans every position, quadratic over a long paragraph.
 */
const tailBefore = (text: string, offset: number) => text.slice(Math.max(0, offset - 24), offset);
const afterComma = (text: string, offset: number) => commaAtEnd.test(tailBefore(text, offset));

const startsClause = (text: string, offset: number) => {
  const rest = normalizeForMatching(text.slice(offset, offset + 20));
  return clauseStarters.some((phrase) => rest.startsWith(phrase));
};

/** "…، لكنها لم تذكر تفاصيل": what the speaker did not say is the narrator's. */
const butNotTold = (text: string, tokens: Token[], i: number) => {
  const rest = normalizeForMatching(text.slice(tokens[i]!.start, tokens[i]!.start + 20));
  return (
    butNotSaid.some((phrase) => rest.startsWith(phrase)) && tokenIn(tokens[i + 2], tellingVerbs)
  );
};

/**
 * "…، إلا أنه أوضح …", "…، لكنه أشار إلى …": the narrator turns to another thing the speaker
 * said; "…، وهو ما أكدته الوزارة": to who confirmed it.
 */
const butHeSaid = (tokens: Token[], i: number) => {
  const said = (k: number) => !!tokens[k] && isVerbIn(tokens[k]!, reportingVerbs);
  const norm = tokens[i]!.norm;
  if (/^(الا|غير)$/.test(norm)) return isComplementizer(tokens[i + 1]) && said(i + 2);
  if (/^و?لكن(ه|ها|هم)$/.test(norm)) return said(i + 1);
  // (the verb with its object pronoun: "أكدته", "أعلنته")
  const saidIt = reportingVerbs.has(tokens[i + 2]?.norm.replace(/(ت?ه|ها)$/, '') ?? '');
  return /^(وهو|وهي)$/.test(norm) && tokens[i + 1]?.norm === 'ما' && saidIt;
};

/**
 * "…، حيث أعرب عن…", "…، فيما أشارت إلى…", "…، فيما بين أنه…": the narrator goes on to the
 * next thing said.
 */
const narratorLinksSaying = (tokens: Token[], i: number) => {
  const next = tokens[i + 1];
  return (
    tokenIn(tokens[i], narratorLinks) &&
    !!next &&
    (isVerbIn(next, reportingVerbs) ||
      isVerbIn(next, stanceVerbs) ||
      isComplementizer(tokens[i + 2]))
  );
};

/** "…، بحسب تعبيره، …": an aside inside the clause, which goes on after it. */
const asideAt = (tokens: Token[], i: number) =>
  tokenIn(tokens[i], accordingTo) &&
  /^(تعبيره|تعبيرها|وصفه|وصفها|قوله|قولها)$/.test(tokens[i + 1]?.norm ?? '');

/**
 * The end of a reported clause: the sentence end; a comma before a new head ("…، مشيراً
 * إلى أن", "…، وذكر أن"), before "بحسب"/"وفقاً" or "في المقابل"; a full stop glued to the
 * next word; a closing mark whose quotation opened before the clause.
 */
function clauseEnd(view: BlockView, from: number, sentence: Sentence, heads: Head[]): number {
  const { block } = view;
  const text = block.text;
  const firstAfter = firstTokenAfter(block.tokens, from);
  let end = sentence.end;
  // "أن الوزير سيرغي لافروف، أبلغ نظيره …": the clause's subject, set off by a comma, then
  // its own verb, which heads no new clause.
  const inMatch = (k: number) =>
    block.matches.find((m) => m.from <= k && k < m.to && m.entity.kind !== 'place');
  const onlySubjectBefore = (i: number) => {
    const first = firstTokenAfter(block.tokens, from - 1);
    if (first >= i) return false;
    let named = false;
    for (let k = first; k < i; k++) {
      if (inMatch(k)) named = true;
      else if (!tokenIn(block.tokens[k], roleHeads)) return false;
    }
    return named;
  };
  for (let i = firstAfter; i < block.tokens.length && block.tokens[i]!.start < end; i++) {
    const token = block.tokens[i]!;
    const boundary =
      (afterComma(text, token.start) &&
        !asideAt(block.tokens, i) &&
        (tokenIn(token, clauseEnders) ||
          startsClause(text, token.start) ||
          butNotTold(text, block.tokens, i) ||
          butHeSaid(block.tokens, i) ||
          narratorLinksSaying(block.tokens, i) ||
          // "…، وذلك بحسب ما نقلته وكالة تسنيم": the narrator's source
          (token.norm === 'وذلك' && tokenIn(block.tokens[i + 1], accordingTo)) ||
          (heads.some((h) => h.at === i && h.kind !== 'according') && !onlySubjectBefore(i)))) ||
      // "… في المغرب مشيرا إلى أن …", "… الاحتمالية مؤكدا أنه …": with no comma too
      participleBeforeClause(block.tokens, i) ||
      // "… لن ترفع واشار الى …": a verb of saying joined by و, with no comma too
      (/^و/.test(token.norm) &&
        reportingVerbs.has(token.norm.slice(1)) &&
        heads.some((h) => h.at === i && h.kind === 'verb'));
    if (boundary) {
      end = token.start - (tailBefore(text, token.start).match(commaAtEnd)?.[0].length ?? 0);
      break;
    }
  }
  const glued = /[.!?؟](?=\p{L})/u.exec(text.slice(from, end));
  if (glued && !/\p{N}/u.test(text[from + glued.index - 1] ?? '')) end = from + glued.index;
  const opening = quoteOpeningAt(view, from);
  for (const quote of view.quotes) {
    if (quote.open >= end) break; // (quotations are in order; none after the clause counts)
    // A quotation the clause is inside ends it; not one the clause opens with ("أن "روس آتوم" …").
    if (quote.open < from && quote.close > from && quote.close < end && quote !== opening)
      end = quote.close;
    // "…، فـ”نحن نتحدث عن …”": the speaker's own words follow, quoted; the clause ends there.
    if (quote.open <= from) continue;
    const leadFrom = Math.max(from, quote.open - 24);
    const lead = /[،,]\s*فـ?\s*$/.exec(text.slice(leadFrom, quote.open));
    if (lead) end = leadFrom + lead.index;
  }
  // A closing mark that closes nothing ("… وممتلكاتها"، وذلك …") ends the clause.
  for (let at = from; at < end; at++) {
    const mark = text[at]!;
    if (!/["”»]/.test(mark) || !/\S/.test(text[at - 1] ?? '')) continue;
    if (view.quotes.some((q) => q.open === at || q.close === at)) continue;
    if (!/[\s.،,؛:]/.test(text[at + 1] ?? ' ')) continue;
    end = at;
    break;
  }
  // A stray closing mark right at the end.
  while (end > from && /[\s.،,؛:!?؟]/.test(text[end - 1]!)) end--;
  const tail = text.slice(from, end);
  const mark = tail.at(-1);
  if (mark && /["”»]/.test(mark) && !view.quotes.some((q) => q.close === from + tail.length - 1))
    end = from + tail.length - 1;
  while (end > from && /[\s.،,؛:!?؟]/.test(text[end - 1]!)) end--;
  return end;
}

interface ClauseItem {
  at: number;
  kind: 'clause';
  head: Head;
  /** Where the head's subject ends and the clause starts (token indexes). */
  subjectTo: number;
  clauseFrom: number;
}
type Item = { at: number; kind: 'quote'; quote: Quote } | ClauseItem;

/** Verbs of a stance voiced, with no clause of their own: "أعرب عن", "أشاد ب", "رحب ب". */
const stanceVerbs = words([
  'أعرب',
  'أعربت',
  'أشاد',
  'أشادت',
  'رحب',
  'رحبت',
  'ثمن',
  'ثمنت',
  'أبدى',
  'أبدت',
]);
/** A verb of relaying with its object pronoun: "نقلته", "نقلتها", "أوردها", "بثته". */
const relayVerbShape = new RegExp(`^(${relayStems})(ت)?(ه|ها|هما|هم)$`);
/** The same verb without its pronoun: "برقية نقل الكرملين مضمونها". */
const relayVerbBare = new RegExp(`^(${relayStems})(ت)?$`);

/** The heads of a sentence, in order. */
function headsOf(view: BlockView, indexes: number[]): Head[] {
  const { tokens } = view.block;
  const heads: Head[] = [];
  for (const i of indexes) {
    const kind = headAt(view, i);
    if (!kind) continue;
    const previous = tokens[i - 1];
    if (kind === 'verb') {
      // "يُذكر أن", "وجاء ذلك": the narrator's (but "وجاء في البيان": the issuer's);
      // "حسبما أفادت قناة": the channel's.
      if (/^[وف]?يذكر$/.test(tokens[i]!.norm)) continue;
      if (
        placeVerbs.has(tokens[i]!.norm) &&
        !(tokens[i + 1]?.norm === 'في' && inListOrDefinite(tokens[i + 2], documentNouns))
      )
        continue;
      if (previous && channelVerbMarkers.has(previous.norm)) continue;
      // "الأنباء التي تتحدث عن …", "نوفاك الذي كان يتحدث في ندوة": a relative clause says
      // nothing of its own (but "التي رأت بأن …" does).
      const beforeKana = /^(كان|كانت)$/.test(previous?.norm ?? '') ? tokens[i - 2] : previous;
      const relative = !!beforeKana && relativePronouns.has(beforeKana.norm);
      if (relative && !isComplementizer(tokens[i + 1])) continue;
      // "في بيان نقلته قناة …", "تصريحات أوردتها الوكالة": the channel that relayed it;
      // "في برقية نقل الكرملين مضمونها": a clause describing the document, too.
      if (relayVerbShape.test(tokens[i]!.norm)) continue;
      if (tokenIn(previous, documentNouns) && relayVerbBare.test(tokens[i]!.norm)) continue;
      // "بحسب ما نقلته", "وفقاً لما نقلته": the "according to" head before it speaks.
      if (/^ل?ما$/.test(previous?.norm ?? '') && tokenIn(tokens[i - 2], accordingTo)) continue;
    }
    // "وقال بيسكوف - وفقاً لقناة …": after a verb, "according to" names the channel.
    if (kind === 'according' && heads.some((h) => h.kind === 'verb')) continue;
    heads.push({ at: i, kind });
  }
  return heads;
}

/** The statements of one sentence, in text order. */
function sentenceStatements(
  view: BlockView,
  blockIndex: number,
  sentence: Sentence,
  context: Context,
): ExtractedStatement[] {
  const { block } = view;
  const { tokens, text } = block;
  const indexes = tokensIn(block, sentence.start, sentence.end);
  const sentenceFrom = indexes[0] ?? 0;
  /** Just past the sentence's last word. */
  const sentenceTo = sentenceFrom + indexes.length;
  const heads = headsOf(view, indexes);
  const statements: ExtractedStatement[] = [];
  /** The speaker of the sentence so far, for participles ("…، مشيراً إلى أن"). */
  let sentenceSpeaker: SpeakerRef | null = null;
  const resolved = new Map<number, Resolved | null>();
  /** The date the sentence gives, read once for all its statements. */
  let saidOn: Date | null | undefined;
  const sentenceSaidOn = () => {
    if (saidOn === undefined) saidOn = saidOnIn(block, sentence, context);
    return saidOn;
  };

  /** Who says what a head introduces, once per head; `to`: where its content starts. */
  const resolve = (head: Head, to: number): Resolved | null => {
    if (resolved.has(head.at)) return resolved.get(head.at) ?? null;
    let subject: Subject = none;
    if (head.kind === 'verb') {
      let that: number | undefined;
      for (let i = head.at + 1; i < Math.min(to, sentenceTo); i++)
        if (!view.quoted[i] && isComplementizer(tokens[i])) {
          that = i;
          break;
        }
      subject = mouthpieceIn(view, head.at + 1, that ?? to, context);
      if (subject.kind === 'none') subject = subjectAfter(view, head.at + 1, that ?? to, context);
      if (subject.kind === 'none') subject = issuerBefore(head.at);
      if (subject.kind === 'none') subject = subjectBefore(view, head.at, context, sentenceFrom);
    } else if (head.kind === 'noun') {
      // "علق بيسكوف على تصريح جونسون بأن بوتين هدده بالقول إن": the one who commented, the
      // sentence's first person, not the last name before the noun.
      const byTheSaying = tokens[head.at]!.forms.some((f) => f.skip > 0 && f.form === 'القول');
      const commenter = byTheSaying ? personIn(view, sentenceFrom, head.at, context) : null;
      subject = commenter
        ? speakerSubject({ entity: commenter })
        : speakerBeforeNoun(view, head.at, sentenceFrom, context);
    } else if (head.kind === 'according') {
      subject = accordingSource(view, head.at + 1, to, context);
      // "وبحسب معطيات الجانب الروسي، …": a source that is no one.
      if (subject.kind === 'none') return cache(head, null);
    }
    if (head.kind === 'continued' && context.lastClause)
      return cache(head, { speaker: context.lastClause.speaker, explicit: false });
    let result: Resolved | null = null;
    if (subject.kind === 'anonymous') {
      // What follows without a subject is the anonymous source's, not the last speaker's.
      sentenceSpeaker = null;
      context.lastSpeaker = null;
    }
    // "ويتوقع أن …", "ويُشار إلى أن": a present verb with no subject is the narrator's
    // (the passive is written the same), not the last speaker's.
    const impersonal =
      head.kind === 'verb' && /^[وف]?ي/.test(tokens[head.at]!.norm) && !sentenceSpeaker;
    if (subject.kind === 'speaker') result = subject;
    else if (subject.kind === 'none' && !impersonal) {
      // No subject of its own: the verb before it in the sentence, the sentence's first
      // person ("ولم يستبعد العذاري …، مؤكداً أن", "رحب بوريسوف …، وقال إن"), else the last
      // speaker.
      // But a person the sentence ends by citing ("…، وفقا لما قال وانغ.") says it all.
      const cited = citedAtEnd();
      const verb = heads.filter((h) => h.at < head.at && h.kind === 'verb').at(-1);
      const fromVerb = !cited && !sentenceSpeaker && verb ? resolve(verb, head.at) : null;
      const first =
        cited || sentenceSpeaker || fromVerb
          ? null
          : personIn(view, sentenceFrom, head.at, context);
      const speaker = cited
        ? { entity: cited }
        : (sentenceSpeaker ??
          fromVerb?.speaker ??
          (first ? { entity: first } : context.lastSpeaker));
      result = speaker ? { speaker, explicit: false } : null;
    }
    return cache(head, result);
  };
  /** "أصدرت سفارة … بياناً …، أكدت فيه أن": the subject of the verb that issued it. */
  function issuerBefore(verbAt: number): Subject {
    if (!inIt.has(tokens[verbAt + 1]?.norm ?? '')) return none;
    const noun = indexes.find((i) => i < verbAt && inListOrDefinite(tokens[i], documentNouns));
    if (noun === undefined || noun <= sentenceFrom + 1) return none;
    return subjectAfter(view, sentenceFrom + 1, noun, context);
  }
  /**
   * The person named after "وفقا لما قال", "حسبما صرح", "بحسب ما أكد" in this sentence: read
   * once, when a head without a subject first asks.
   */
  let citedSpeaker: KnownEntity | null | undefined;
  function citedAtEnd(): KnownEntity | null {
    if (citedSpeaker !== undefined) return citedSpeaker;
    citedSpeaker = null;
    for (const i of indexes) {
      const previous = tokens[i - 1]?.norm ?? '';
      const cites =
        channelVerbMarkers.has(previous) ||
        (/^ل?ما$/.test(previous) && tokenIn(tokens[i - 2], accordingTo));
      if (!cites || !isVerbIn(tokens[i]!, reportingVerbs)) continue;
      citedSpeaker = personIn(view, i + 1, Math.min(i + 4, tokens.length), context);
      break;
    }
    return citedSpeaker;
  }
  function cache(head: Head, result: Resolved | null): Resolved | null {
    resolved.set(head.at, result);
    return result;
  }
  const say = (speaker: SpeakerRef) => {
    sentenceSpeaker = speaker;
    context.lastSpeaker = speaker;
    if ('described' in speaker) context.describedByHead.set(speaker.described.head, speaker);
  };

  const items: Item[] = view.quotes
    .filter((q) => q.open >= sentence.start && q.open < sentence.end)
    .map((quote) => ({ at: quote.open, kind: 'quote', quote }));
  for (const [k, head] of heads.entries()) {
    const next = heads[k + 1]?.at ?? Number.POSITIVE_INFINITY;
    if (head.kind === 'according') {
      // "وفقاً لـ X، <clause>" / "وبحسب ناليش، يبلغ …": the clause follows the comma.
      if (head.at !== sentenceFrom) continue;
      // The comma after the source, not one before a name in apposition ("…، ماريا زاخاروفا،").
      // Or "وبحسب لافروف فإن …" with no comma: the complementizer.
      // A "فإن" may come later, after a source named at length ("وفق ما نقلته وكالة … عن
      // المدير المسؤول عن …، سيرجي دانكفيرت، فإن").
      const comma = indexes.find(
        (i) =>
          i > head.at &&
          ((i - head.at <= 14 &&
            afterComma(text, tokens[i]!.start) &&
            matchStartingAt(block.matches, i)?.entity.kind !== 'person') ||
            (i - head.at <= 24 &&
              /^ف?[اإأ]ن/.test(tokens[i]!.text) &&
              isComplementizer(tokens[i]))),
      );
      if (comma !== undefined && comma < next && headAt(view, comma) !== 'verb')
        items.push({
          at: tokens[comma]!.start,
          kind: 'clause',
          head,
          subjectTo: comma,
          // "وبحسب بيسكوف، فإن …": the clause after the complementizer.
          clauseFrom: isComplementizer(tokens[comma]) ? comma + 1 : comma,
        });
      continue;
    }
    if (head.kind === 'noun' && tokens[head.at]!.norm === 'القول') continue;
    const thatAt = indexes.find(
      (i) =>
        i > head.at &&
        i - head.at <= 40 &&
        i < next &&
        !view.quoted[i] &&
        isComplementizer(tokens[i]),
    );
    // A colon before أن: unmarked direct speech ("وقال: بغض النظر … أن"), no clause.
    if (thatAt === undefined) continue;
    // "أعرب عن أمله في أن …": a nominal complement, not reported speech ("حذر من أن" is).
    const nominal =
      /^(في|من)$/.test(tokens[thatAt - 1]?.norm ?? '') &&
      tokens.slice(head.at + 1, thatAt - 1).some((t) => t.norm === 'عن');
    if (nominal) continue;
    // But "قال بوتين: إن ما يحدث …": the complementizer right after the colon opens a clause.
    const beforeThat = text.slice(tokens[head.at]!.end, tokens[thatAt]!.start);
    // A clock time ("الساعة 19:00") is no colon of speech.
    if (/(?<!\d):(?!\d)/.test(beforeThat) && !/:\s*$/.test(beforeThat)) continue;
    items.push({
      at: tokens[thatAt]!.start,
      kind: 'clause',
      head,
      subjectTo: thatAt,
      clauseFrom: thatAt + 1,
    });
  }
  // "رأى السفير أن …. وأن القضية الجوهرية …": the clause of the sentence before goes on.
  const last = context.lastClause;
  const opening = tokens[sentenceFrom];
  if (
    opening &&
    /^و[أا]ن(ه|ها)?$/.test(opening.text) &&
    last?.blockIndex === blockIndex &&
    /^[\s.]*$/.test(text.slice(last.end, opening.start))
  ) {
    const head: Head = { at: sentenceFrom, kind: 'continued' };
    items.push({
      at: opening.start,
      kind: 'clause',
      head,
      subjectTo: sentenceFrom,
      clauseFrom: sentenceFrom + 1,
    });
  }
  items.sort((a, b) => a.at - b.at);

  for (const item of items) {
    if (item.kind === 'quote') {
      const statement = quoteStatement(item.quote);
      if (statement) statements.push(statement);
      continue;
    }
    const clauseStart = tokens[item.clauseFrom]?.start;
    if (clauseStart === undefined) continue;
    const speaker = resolve(item.head, item.subjectTo);
    if (!speaker) continue;
    say(speaker.speaker);
    // When the clause is itself a quotation, only the quotation is listed.
    const end = clauseEnd(view, clauseStart, sentence, heads);
    // Not a quoted name the clause merely starts with: "أن "روس آتوم" أبرمت مع مصر …".
    const opensQuote = view.quotes.some(
      (q) =>
        q.open >= (tokens[item.clauseFrom - 1]?.end ?? 0) &&
        q.open <= clauseStart &&
        !(q.close < end - 12 && isName(view, q, item.head)),
    );
    // "بأنها «…»", "بأنها كانت «…»": nothing but a copula outside the marks, the quotation is
    // the clause (listed once);
    // "السفير «…»", "الدولتين «…»" are clauses holding a quotation (both listed).
    const outside = view.quotes
      .filter((q) => q.open >= clauseStart && q.close < end)
      .reduceRight(
        (rest, q) => rest.slice(0, q.open - clauseStart) + rest.slice(q.close + 1 - clauseStart),
        text.slice(clauseStart, end),
      );
    const mostlyQuoted =
      outside.length < end - clauseStart &&
      outside
        .trim()
        .split(/\s+/)
        .filter((word) => word !== '' && !copula.test(normalizeForMatching(word))).length === 0;
    if (opensQuote || mostlyQuoted || end - clauseStart < 12) continue;
    // The mark of a quoted name the clause opens with is part of the clause.
    const mark = quoteOpeningAt(view, clauseStart);
    const start =
      mark && mark.open >= (tokens[item.clauseFrom - 1]?.end ?? 0) ? mark.open : clauseStart;
    statements.push({
      blockIndex,
      start,
      end,
      text: text.slice(start, end),
      direct: false,
      speaker: speaker.speaker,
      saidOn: sentenceSaidOn(),
      confidence: speaker.explicit ? 0.7 : 0.6,
    });
    context.lastClause = { blockIndex, end, speaker: speaker.speaker };
  }
  // A verb of saying with a named subject and no statement ("أعلن ذلك X", "وقالت الرئاسة
  // التركية، في بيان، …" without أن) still says who speaks next.
  for (const head of heads) {
    if (head.kind !== 'verb' || resolved.has(head.at)) continue;
    // "أن موسكو تعتبر بغداد شريكا": a verb inside what was said is the speaker's words.
    const at = tokens[head.at]!.start;
    if (statements.some((s) => s.blockIndex === blockIndex && at >= s.start && at < s.end))
      continue;
    // The subject ends at the first comma: "وقالت الرئاسة التركية، في بيان، الرئيسان …".
    let end = Math.min(head.at + subjectWords, tokens.length);
    for (let i = head.at + 2; i < end; i++) {
      if (/[،,:.؛]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) end = i;
    }
    const subject = subjectAfter(view, head.at + 1, end, context);
    if (subject.kind === 'speaker' && subject.explicit) context.lastSpeaker = subject.speaker;
  }
  // "من جانبه، أعرب الشيخ تميم عن اعتزازه …": a named person who voices a stance says no
  // clause, but is whom the next "وأكد …" goes on with.
  if (statements.length === 0) {
    const stance = indexes.find((i) => isVerbIn(tokens[i]!, stanceVerbs));
    if (stance !== undefined) {
      const end = Math.min(stance + subjectWords, tokens.length);
      const subject = subjectAfter(view, stance + 1, end, context);
      if (subject.kind === 'speaker' && subject.explicit && isPerson(subject.speaker))
        context.lastSpeaker = subject.speaker;
    }
  }
  // "…، حسبما أفادت وزارة الخارجية الروسية.": the source, whom "وأوضحت الوزارة" means next.
  if (statements.length === 0) {
    for (const i of indexes) {
      if (
        !channelVerbMarkers.has(tokens[i - 1]?.norm ?? '') ||
        !isVerbIn(tokens[i]!, reportingVerbs)
      )
        continue;
      const source = block.matches.find(
        (m) => m.from === i + 1 && m.entity.kind === 'organization',
      );
      if (source) context.lastSpeaker = { entity: source.entity };
    }
  }
  return statements;

  function quoteStatement(quote: Quote): ExtractedStatement | null {
    let head: Head | undefined =
      heads[partitionPoint(heads.length, (k) => tokens[heads[k]!.at]!.end > quote.open) - 1];
    const lastIndex = lastTokenBefore(tokens, quote.open);
    const lastBefore = (tokens[lastIndex]?.start ?? -1) >= sentence.start ? lastIndex : undefined;
    let speaker: Resolved | null = null;
    // The words after the quotation to the sentence's end: [restFrom, sentenceTo).
    const restFrom = firstTokenAfter(tokens, quote.close);
    const rest = (k: number) => (restFrom + k < sentenceTo ? restFrom + k : undefined);
    if (!head) {
      // "«…»، قال لافروف" / "«…» - أضاف الوزير"
      const verb = [rest(0), rest(1), rest(2)].find(
        (i) => i !== undefined && headAt(view, i) === 'verb',
      );
      if (verb !== undefined) {
        head = { at: verb, kind: 'verb' };
        const subject = subjectAfter(view, verb + 1, Math.max(sentenceTo, verb + 1), context);
        if (subject.kind === 'speaker') speaker = subject;
      }
    }
    const isAccording = (i: number | undefined) => tokenIn(tokens[i ?? -1], accordingTo);
    if (!head && (isAccording(rest(0)) || isAccording(rest(1)))) {
      // "«…»، بحسب وكالة تاس نقلاً عن الكرملين": the last source named.
      let source = sentenceTo - 1;
      while (!isAccording(source)) source--;
      head = { at: source, kind: 'according' };
      const match = matchesIn(view, source + 1, sentenceTo).find((m) => m.entity.kind !== 'place');
      if (match) speaker = { speaker: { entity: match.entity }, explicit: true };
    }
    const describedAs =
      !head && describingFrame.test(normalizeForMatching(textBefore(block, quote, sentence.start)));
    if (!describedAs && isName(view, quote, head)) return null;
    if (head && !speaker && tokens[head.at]!.end <= quote.open)
      speaker = resolve(head, lastBefore === undefined ? head.at + 1 : lastBefore + 1);
    if (!head) {
      // "بوتين: «…»": a name and a colon before the quotation (headlines).
      const lead = text.slice(sentence.start, quote.open).trimEnd();
      const leadEnd = sentence.start + lead.length;
      const last =
        block.matches[
          partitionPoint(block.matches.length, (k) => block.matches[k]!.end > leadEnd) - 1
        ];
      if (lead.endsWith(':') && last && last.end >= leadEnd - 2 && last.entity.kind !== 'place')
        speaker = { speaker: { entity: last.entity }, explicit: true };
      // A whole sentence in marks after one that names the speaker: "وتطرق شكري إلى …. «…»".
      const previous = block.sentences.findLast((x) => x.end <= sentence.start);
      const words = text.slice(quote.start, quote.end).split(/\s+/).length;
      if (!speaker && previous && /^[\s"“«]*$/.test(lead) && words >= 5) {
        const range = tokensIn(block, previous.start, previous.end);
        const person = range.length ? personIn(view, range[0]!, range.at(-1)! + 1, context) : null;
        if (person) speaker = { speaker: { entity: person }, explicit: false };
      }
    }
    // A quotation of three words or more that no verb of saying gives a speaker ("بحث لافروف مع
    // الرئيس «…»"): the sentence's person's, else the story's last speaker's, as news goes.
    // "منتقدا ما وصفه بـ”إقصاء”": what the sentence's person described it as, any length.
    const wordCount = text.slice(quote.start, quote.end).split(/\s+/).length;
    if (!speaker && (wordCount >= 3 || describedAs)) {
      const person =
        lastBefore === undefined ? null : personIn(view, sentenceFrom, lastBefore + 1, context);
      const fallback = person ? { entity: person } : context.lastSpeaker;
      if (fallback) speaker = { speaker: fallback, explicit: false };
    }
    if (!speaker) return null;
    say(speaker.speaker);
    return {
      blockIndex,
      start: quote.start,
      end: quote.end,
      text: text.slice(quote.start, quote.end),
      direct: true,
      speaker: speaker.speaker,
      saidOn: sentenceSaidOn(),
      confidence: speaker.explicit ? 0.9 : 0.7,
    };
  }
}

export function extractStatements(
  blocks: readonly DocumentBlock[],
  gazetteer: Gazetteer,
  articleYear: number | null,
  title: DocumentBlock | null = null,
): ExtractedStatement[] {
  const articlePeople = [
    ...new Set(
      [...(title ? [title] : []), ...blocks].flatMap((b) =>
        b.matches.filter((m) => m.entity.kind === 'person').map((m) => m.entity),
      ),
    ),
  ];
  const newContext = (): Context => ({
    gazetteer,
    articleYear,
    statementOrg: null,
    lastSpeaker: null,
    lastClause: null,
    describedByHead: new Map(),
    mentioned: [],
    mentionedOrganizations: [],
    articlePeople,
  });
  const body = blockStatements(blocks, newContext());
  if (!title) return body;
  return [...titleStatements(title, body, newContext()), ...body];
}

/**
 * The headline's statements: those its own words attribute ("لافروف: «…»"), then quotes it
 * gives bare, said by whoever says them in the body, else by the body's first speaker; a
 * headline repeating the body's words adds nothing.
 */
function titleStatements(
  title: DocumentBlock,
  body: readonly ExtractedStatement[],
  context: Context,
): ExtractedStatement[] {
  const view = viewOf(title);
  const found = title.sentences.flatMap((sentence) =>
    sentenceStatements(view, title.index, sentence, context),
  );
  for (const quote of view.quotes) {
    // A mark a headline never closes is stray: a headline ends where it ends.
    if (found.some((s) => s.start === quote.start) || quote.unclosed) continue;
    const text = title.text.slice(quote.start, quote.end);
    // One word alone in a headline's marks is a name or a scare quote («أوبك+», «علني»).
    if (!/\s/.test(text)) continue;
    // Words of a body statement (so speech, though short: «طقس الرياض»), else the body's
    // first speaker's: a headline quotes its main speaker.
    const saidInBody =
      body.find((s) => s.text.includes(text)) ??
      (isName(view, quote, undefined) ? undefined : body[0]);
    if (!saidInBody) continue;
    found.push({
      blockIndex: title.index,
      start: quote.start,
      end: quote.end,
      text,
      direct: true,
      speaker: saidInBody.speaker,
      saidOn: saidInBody.saidOn,
      confidence: 0.7,
    });
  }
  return found.filter((s) => !body.some((b) => b.direct === s.direct && b.text === s.text));
}

/** How far a quotation carries on past its paragraph. */
interface Carried {
  /** The position of the block where it closes, and the offset of the closing mark. */
  until: number;
  closer: number;
}

/** At most this many paragraphs after its own does a quotation run on. */
const maxCarriedBlocks = 3;

/**
 * Quotations left open at the end of a paragraph that close in a later one (a quote over a
 * paragraph break, or a paragraph wrapped over lines): by the position of the block they
 * open in. The paragraphs between hold no mark; the closing one none before its closer.
 */
function carriedQuotes(
  blocks: readonly DocumentBlock[],
  quotes: readonly Quote[][],
): Map<number, Carried> {
  const carried = new Map<number, Carried>();
  blocks.forEach((_block, position) => {
    if (!quotes[position]!.some((q) => q.unclosed)) return;
    for (let next = position + 1; next <= position + maxCarriedBlocks; next++) {
      const text = blocks[next]?.text;
      if (text === undefined) return;
      const closer = continuedQuoteEnd(text);
      if (closer !== null) {
        carried.set(position, { until: next, closer });
        return;
      }
      if (!hasNoMarks(text)) return;
    }
  });
  return carried;
}

/** The statements of the body, in reading order, each sentence read with what came before. */
function blockStatements(blocks: readonly DocumentBlock[], context: Context): ExtractedStatement[] {
  const statements: ExtractedStatement[] = [];
  const quotes = blocks.map(outerQuotes);
  const carried = carriedQuotes(blocks, quotes);
  const quotedUpTo = new Map<number, number>();
  for (const [from, { until, closer }] of carried) {
    for (let position = from + 1; position < until; position++)
      quotedUpTo.set(position, blocks[position]!.text.length);
    quotedUpTo.set(until, closer);
  }
  blocks.forEach((block, position) => {
    const view = viewOf(block, quotes[position], quotedUpTo.get(position) ?? 0);
    const first = statements.length;
    for (const sentence of block.sentences) {
      statements.push(...sentenceStatements(view, block.index, sentence, context));
      trackStatementOrg(block, context, sentence);
      const first = firstMatchFrom(
        block.matches,
        firstTokenAfter(block.tokens, sentence.start - 1),
      );
      for (let k = first; k < block.matches.length; k++) {
        const match = block.matches[k]!;
        if (block.tokens[match.from]!.start >= sentence.end) break;
        if (match.entity.kind === 'person') context.mentioned.push(match.entity);
        if (match.entity.kind === 'organization') context.mentionedOrganizations.push(match.entity);
      }
    }
    const carriedOn = carried.get(position);
    if (!carriedOn) return;
    const open = view.quotes.find((q) => q.unclosed);
    const statement = statements.slice(first).find((s) => s.direct && s.start === open?.start);
    if (open && statement) {
      const last = blocks[carriedOn.until]!;
      statement.text = [
        block.text.slice(open.start).trimEnd(),
        ...blocks.slice(position + 1, carriedOn.until).map((b) => b.text),
        last.text.slice(0, carriedOn.closer).trimEnd(),
      ].join('\n');
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
      document.titleBlock,
    );
  },
};
