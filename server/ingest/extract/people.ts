// People the gazetteer does not know yet, found after a role phrase ("نائب رئيس الوزراء
// الروسي ألكسندر نوفاك"), and role references ("الوزير الروسي", "نظيره الأذربيجاني")
// resolved to people the article names: the newPeople and roleReferences stages. Pure.
import { type DocumentBlock, type Stage, textBlocks } from '../document.js';
import {
  addEntity,
  addForms,
  type EntityMatch,
  familyName,
  forkGazetteer,
  type Gazetteer,
  holdsRoleOn,
  isGivenNameOf,
  type KnownEntity,
  matchAt,
  matchForms,
} from '../gazetteer.js';
import { memoizedBy } from '../memo.js';
import { normalizeForMatching } from '../normalize.js';
import {
  conjoined,
  type Token,
  tokenIn,
  withoutProcliticBeforeArticle,
  withoutProclitics,
  writtenIn,
} from '../text.js';
import {
  complementizers,
  honorifics,
  namingNouns,
  notNameWords,
  reportingVerbs,
  roleHeads,
  roleQualifiers,
} from './lexicon.js';
import { nameTagger, tagNames } from './nameTagger.js';
import {
  adjectiveShapedFamilyNames,
  afterNameWords,
  allahNameHeads,
  constructNouns,
  foreignSurnameShape,
  givenNames,
  nameConnectors,
  personHonorifics,
  personRoleHeads,
  placeLinks,
  placeNamingTitles,
  placeNouns,
  pluralRoleHeads,
  regnalNumbers,
  roleAdjectives,
  roleLinks,
  strongSurnameShape,
  titlesAndGivenNames,
  weakGivenNames,
  weakPersonRoleHeads,
} from './personWords.js';

export interface NewPerson {
  entity: KnownEntity;
  /** The full name as written, and the forms later mentions may use. */
  name: string;
  forms: string[];
  /**
   * Forms only this article's later mentions are matched by: an Arabic surname alone
   * ("طويل", "دياب") is a common word elsewhere, so it is never kept as an alias.
   */
  articleForms: string[];
  role: { titleAr: string; countryIso2: string | null };
}

// With the letters outlets borrow for sounds Arabic lacks: پ ڤ ک گ ی ("بومدين گناد").
const isArabicWord = (token: Token) =>
  /^[\u0621-\u064A\u0660-\u0669\u064B-\u065F\u0640\u067E\u06A4\u06A9\u06AF\u06CC]+$/u.test(
    token.text,
  );
/** A proclitic glued to the article ال: "للوزير", "بالروسي", "والد". */
const procliticBeforeArticle = (token: Token) =>
  withoutProclitics(token.text).some((f) => f.skip > 0 && f.form.startsWith('ال'));
/** A word with the article, maybe behind a proclitic: "الفيدرالية", "للصيد", "والتنمية". */
const isDefinite = memoizedBy(
  (token: Token) => token.text,
  (token: Token) =>
    // Written with a bare alef: "ألبروس" (hamza) is no article.
    token.text.replace(/[\u064B-\u065F\u0640]/g, '').startsWith('ال') ||
    procliticBeforeArticle(token),
);

function countryOf(match: EntityMatch | undefined): string | null {
  if (!match) return null;
  const entity = match.entity;
  return entity.kind === 'place'
    ? entity.iso2
    : entity.kind === 'organization'
      ? (entity.countryIso2 ?? null)
      : null;
}

/** The text between token k - 1 and token k. */
const gapBefore = (block: DocumentBlock, k: number) =>
  block.text.slice(block.tokens[k - 1]!.end, block.tokens[k]!.start);
const isSpace = (gap: string) => /^\s+$/.test(gap);
/** A comma or a dash between a role and its name: "الممثل التجاري الروسي، إيفان ناليش". */
const isApposition = (gap: string) => /^\s*[،,\-–—]\s*$/.test(gap);
const quoteMarks = /["«»“”„]/;

const isRoleHead = (token: Token | undefined) =>
  tokenIn(token, personRoleHeads) || tokenIn(token, roleHeads);
const isWeakRoleHead = (token: Token | undefined) => tokenIn(token, weakPersonRoleHeads);
/** A given name, also one that is a common word too ("محمد", "أمين"). */
const isGivenName = (norm: string) => givenNames.has(norm) || weakGivenNames.has(norm);
const isHonorific = (token: Token | undefined) =>
  tokenIn(token, personHonorifics) || tokenIn(token, honorifics);
/**
 * A country's nisba right after a given name, then a comma or أن, is a family name: "الخبير
 * الاقتصادي، هاني العراقي، أن …" (after a role it is the role's country: "الوزير العراقي").
 */
const nisbaFamilyName = (block: DocumentBlock, i: number, j: number) => {
  const { tokens } = block;
  const match = matchAt(block.matches, j);
  const next = tokens[j + 1];
  return (
    j === i + 1 &&
    givenNames.has(tokens[i]!.norm) &&
    match?.entity.kind === 'place' &&
    match.from === j &&
    match.to === j + 1 &&
    /^ال.+ي$/.test(tokens[j]!.norm) &&
    !!next &&
    (/^\s*[،,]/.test(gapBefore(block, j + 1)) || tokenIn(next, complementizers))
  );
};
/** Titles that are also a part of compound names: "عباس الحاج حسن", "اسماعيل ولد الشيخ أحمد". */
const titlesInNames = new Set(['الحاج', 'الشيخ', 'السيد'].map(normalizeForMatching));
/** A title between two given names is a part of the name, not the next person's title. */
const titleInName = (block: DocumentBlock, j: number) => {
  const { tokens } = block;
  const given = (t: Token | undefined) => !!t && isGivenName(t.norm);
  return (
    tokenIn(tokens[j], titlesInNames) &&
    (given(tokens[j - 1]) || tokens[j - 1]?.norm === 'ولد') &&
    given(tokens[j + 1]) &&
    isSpace(gapBefore(block, j + 1))
  );
};
/** The gap after an honorific: a space, or the abbreviation's dot ("د.الصادق الكاروري"). */
const spaceAfterHonorific = (block: DocumentBlock, j: number) =>
  isSpace(gapBefore(block, j)) ||
  (block.tokens[j - 1]!.norm === 'د' && /^\.\s*$/.test(gapBefore(block, j)));
/** A given name as the word stands, or behind و/ف alone ("وجون"; "ولدينا" is و + لدينا). */
const givenNameSkip = (token: Token, names: ReadonlySet<string>): number | null =>
  token.forms.find(
    (f) => names.has(f.form) && (f.skip === 0 || /^[وف]+$/.test(token.norm.slice(0, f.skip))),
  )?.skip ?? null;

/** A word that ends a name: a verb, a time word, a pronoun, a role or a mark of the text. */
const endsName = memoizedBy(
  (token: Token) => token.text,
  (token: Token) =>
    writtenIn(token, notNameWords) ||
    afterNameWords.has(token.norm) ||
    // Verbs carry و or ف only: "كيري" is no ك + "يرى".
    token.forms.some(
      (f) =>
        ((f.skip > 0 && afterNameWords.has(f.form)) ||
          ((f.skip === 0 || /^[وف]+$/.test(token.norm.slice(0, f.skip))) &&
            reportingVerbs.has(f.form))) &&
        !givenNames.has(f.form),
    ),
);

/** A verb in the future of a derived form: "سيتناول", "ستتم", "سنتوجه" (not "سيتشين"). */
const futureVerbShape = /^س[يتن]ت(?!ش).{3,}$/;

/**
 * The shapes of verbal nouns news keeps using after a name: ارتفاع، استمرار، انخفاض، تعزيز,
 * their plurals and مفاعلات ("يجري الوزير الروسي مباحثات", "اتصالات", "تصريحات").
 */
const verbalNounShape = /^(?:ا..ا.|است.{2,3}ا.|ا...ا.|ت..ي.)(?:ات)?$|^م.ا..ات$/;
/** ل and a verbal noun of purpose: "لمناقشة" (مفاعلة), "لتعزيز", "لاستعراض". */
const isPurposeNoun = (norm: string) =>
  norm.startsWith('ل') && (verbalNounShape.test(norm.slice(1)) || /^م.ا..ه$/.test(norm.slice(1)));

interface NameSpan {
  from: number;
  to: number;
  /** Letters of the first token that are a proclitic, not the name ("وجون" → 1). */
  skip: number;
}

/**
 * A run of name-like words starting at `i` (2 to 6, or 1 when `single`), or null. The
 * article ال starts no name unless the word is a given name ("الكسندر"), but may continue
 * one ("حيدر الهادي العذاري", "بشار الأسد").
 */
function nameAt(
  block: DocumentBlock,
  i: number,
  skip = 0,
  single = false,
  afterRole = false,
): NameSpan | null {
  const { tokens } = block;
  let to = i;
  while (to < tokens.length && to - i < 6) {
    const token = tokens[to]!;
    if (to > i && !isSpace(gapBefore(block, to))) break; // a comma or other mark ends the name
    if (!isArabicWord(token) || token.norm.length < 2) break;
    if (to === i && skip === 0 && (endsName(token) || procliticBeforeArticle(token))) break;
    // "الملك عبدالله الثاني", "محمد السادس": a regnal number ends the name of a given name.
    const ruler =
      to === i + 1 + (tokens[i]!.norm === 'عبد' ? 1 : 0) &&
      tokens[i]!.forms.some((f) => isGivenName(f.form));
    if (ruler && regnalNumbers.has(token.norm)) {
      to++;
      break;
    }
    const previous = tokens[to - 1];
    // "حجة الله قريشي", "عبدالرحمن غلام الله": الله is part of the given name.
    if (to > i && token.norm === 'الله' && allahNameHeads.has(previous!.norm)) {
      to++;
      continue;
    }
    if (to > i && endsName(token)) break;
    const connector = to > i && !!previous && nameConnectors.has(previous.norm);
    // "أمير" and "سلطان" are roles and given names: a name after a role may start with them
    // ("السفير الروسي بالخرطوم أمير غياث شيرينسكي"), and they go on a name ("قابوس بن سلطان").
    const givenRole = titlesAndGivenNames.has(token.norm) && (to > i || afterRole);
    if (isRoleHead(token) && !givenRole) break;
    // "يرافقه محمد ناصر الدين ممثلا عشائر …": a role in the accusative ends the name.
    if (to > i && /...ا$/.test(token.norm) && personRoleHeads.has(token.norm.slice(0, -1))) break;
    if (isHonorific(token) && to > i && !titleInName(block, to)) break;
    if (
      matchAt(block.matches, to) &&
      !nisbaFamilyName(block, i, to) &&
      !anotherGivenName(block, i, to)
    )
      break;
    // "سيرغي شويغو ورؤساء…", "أناتولي أنطونوف وجون ساليفان": و starts another phrase.
    if (to > i && conjoined(token) && !nameConnectors.has(token.norm)) break;
    // "بوتين برفع", "… مركز": a short word behind ب/ل/ك/ف, or an institution, ends a long name.
    if (to - i >= 2 && !connector && !nameConnectors.has(token.norm)) {
      if (
        /^[بلكف]/.test(token.norm) &&
        token.norm.length <= 5 &&
        !foreignSurnameShape.test(token.norm) &&
        !isGivenName(token.norm) // a given name as a family name: "أحمد عيسى بشارة"
      )
        break;
      if ([constructNouns, namingNouns, placeNouns].some((w) => tokenIn(token, w))) break;
      // "فاجيف غاراييف ارتفاع قيمة …": a verbal noun after a full name starts the object.
      if (verbalNounShape.test(token.norm) && !givenNames.has(token.norm)) break;
      // "أحمد بن دغر لمناقشة الأوضاع", "… لتعزيز": the purpose of a meeting, not a name.
      if (isPurposeNoun(token.norm)) break;
    }
    if (to === i) {
      const definite = isDefinite(token) && !givenNames.has(token.norm) && !beforeWalad(block, i);
      if (definite && skip === 0) break;
      if (skip === 0 && procliticBeforeArticle(token)) break;
      // "وبلدان إفريقيا", "لوكالة الأنباء": a conjunction or an institution starts no name.
      const given = isGivenName(token.norm);
      if (skip === 0 && conjoined(token) && !given) break;
      // "رئيس الوكالة الروسية لمصايد الأسماك": لـ and a noun before a definite word is what
      // the institution is for, not a name.
      const next = tokens[i + 1];
      if (skip === 0 && token.norm.startsWith('ل') && !given && next && isDefinite(next)) break;
      if (!given && [constructNouns, namingNouns, placeNouns].some((w) => tokenIn(token, w))) break;
    } else if (token.norm.startsWith('ال') && !connector && !nameConnectors.has(token.norm)) {
      // A family name with the article: not an adjective of the role or the sentence.
      const adjectiveShaped = /(يه|ين|ون|ات)$/.test(token.norm) || token.norm.length < 5;
      if (adjectiveShaped && !adjectiveShapedFamilyNames.has(token.norm)) break;
      // "أمير غياث شيرينسكي الزيارة": no Arabic family name follows a foreign surname.
      const foreign = previous!.norm.length >= 5 && !givenNames.has(previous!.norm);
      if (foreign && foreignSurnameShape.test(previous!.norm)) break;
    } else if (procliticBeforeArticle(token)) break;
    to++;
  }
  // A connector never ends a name: "محمد أبو" is not one.
  while (to - i > 1 && nameConnectors.has(tokens[to - 1]!.norm)) to--;
  return to - i >= 2 || (single && to - i === 1) ? { from: i, to, skip } : null;
}

/**
 * "سيرجي ايفانوف" when only Yevgeny Ivanov is known: a given name right before a known
 * person's surname that is not his given name, in any spelling, names someone else.
 */
function anotherGivenName(block: DocumentBlock, i: number, to: number): boolean {
  const match = matchAt(block.matches, to);
  if (!match || to !== i + 1 || match.to !== to + 1 || match.entity.kind !== 'person') return false;
  const surname = familyName(match.entity);
  if (!block.tokens[to]!.forms.some((f) => f.form === surname)) return false;
  const given = block.tokens[i]!;
  return (
    given.forms.some((f) => givenNames.has(f.form)) &&
    normalizeForMatching(match.entity.nameAr).includes(' ') &&
    !isGivenNameOf(match.entity, given)
  );
}

/**
 * "بمركز الشيخ جابر الأحمد الثقافي", "مستشفى الملك فهد": an institution's noun, an
 * honorific and a name name the place after someone and mention no one. (Without the
 * honorific, "مدير مركز فيكتور …" may well be the director's name.)
 */
function namesAPlace(block: DocumentBlock, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (isHonorific(block.tokens[k]) || tokenIn(block.tokens[k], placeNamingTitles)))
    k--;
  return (
    k >= 0 &&
    k < from - 1 &&
    isSpace(gapBefore(block, k + 1)) &&
    tokenIn(block.tokens[k], namingNouns)
  );
}

/** Support for a run being a personal name: a given name, a connector or a foreign surname. */
function nameEvidence(words: Token[], skip: number): boolean {
  const first = words[0]!;
  const firstForm = first.forms.find((f) => f.skip === skip)?.form ?? first.norm;
  if (isGivenName(firstForm) || firstForm.startsWith('عبد')) return true;
  if (allahNameHeads.has(firstForm) && words[1]?.norm === 'الله') return true;
  return words.some(
    (w, k) =>
      (k > 0 && nameConnectors.has(w.norm)) ||
      (!w.norm.startsWith('ال') && foreignSurnameShape.test(w.norm) && w.norm.length >= 4),
  );
}

/**
 * Words no name holds: a feminine nisba ("اوروبية"), a pronoun suffix ("زيارته", "بلاده"), a
 * country-shaped word ("تتارستان"), a first-person word ("نحن").
 */
function looksUnlikeName(words: Token[], evidence: boolean): boolean {
  return words.some(
    (w, k) =>
      // (not a family name after a connector: "حمود بن سالم آل تويه")
      /^بلاد(ه|ها|هم|هما|نا|ي)$/.test(w.norm) ||
      // a preposition with its pronoun: "محمد له كل الحق"
      /^(ل|ب|عن|من|في|علي)(ه|ها|هم|هما|نا)$/.test(w.norm) ||
      // "our": "مستقبل زاهر لمنطقتنا", "علاقاتنا"
      (/تنا$/.test(w.norm) && w.norm.length >= 5) ||
      (/(يه|ته|تها|تهم|هما)$/.test(w.norm) &&
        w.norm.length >= 4 &&
        !givenNames.has(w.norm) &&
        !adjectiveShapedFamilyNames.has(w.norm) &&
        !(k > 0 && nameConnectors.has(words[k - 1]!.norm))) ||
      // a dual verb or an accusative: "بحثا", "عددا"; but a given name before a surname
      // that shows itself foreign may end so: "غوتشا بواتشيدزه"
      // ("محمد رضا": a given name that is also a word, after a given name)
      (/ا$/.test(w.norm) &&
        w.norm.length <= 5 &&
        !givenNames.has(w.norm) &&
        !(evidence && weakGivenNames.has(w.norm)) &&
        !(k === 0 && evidence) &&
        // (nor a family name after a connector: "فايزة أبو النجا", "أبو العلا")
        !(k > 0 && nameConnectors.has(words[k - 1]!.norm)) &&
        // (nor a foreign surname after a given name: "بيتر فيالا")
        !(k === 1 && givenNames.has(words[0]!.norm) && w.norm.length >= 5)) ||
      /ستان$/.test(w.norm) ||
      // a verb of the derived form استفعل in the past: "الشركة الروسية استخدمت معدات"
      /^است...ت$/.test(w.norm) ||
      (afterNameWords.has(w.norm) && !(k > 0 && regnalNumbers.has(w.norm))) ||
      // a feminine noun: "فكرة"; only a name shown by a given name may end so ("بوريطة")
      (!evidence && /ة$/.test(w.text)) ||
      // a verb or a verbal noun after a bare surname: "بوتين يؤيد", "بوتين إنشاء"
      (!evidence && k > 0 && /^[يت].{1,3}$/.test(w.norm)) ||
      (!evidence && verbalNounShape.test(w.norm)),
  );
}

/** A name that stands without a role needs a given name and no unlikely word. */
const plausibleName = (words: Token[], skip: number, needEvidence: boolean) =>
  needEvidence
    ? nameEvidence(words, skip) && !looksUnlikeName(words, true)
    : !looksUnlikeName(words, nameEvidence(words, skip));

/**
 * A surname alone right after a role ("نظيره الفرنسي ماكرون، …", "الرئيس كيشيدا إن"): one
 * word that is no article noun, adverb or feminine noun, followed by the end of the clause,
 * a verb or a particle, never by another word of the phrase.
 */
function surnameAlone(block: DocumentBlock, j: number): NameSpan | null {
  const { tokens } = block;
  const token = tokens[j];
  if (!token || !isArabicWord(token) || token.norm.length < 3 || conjoined(token)) return null;
  if (!isSpace(gapBefore(block, j)) || isDefinite(token) || endsName(token)) return null;
  if (isRoleHead(token) || isHonorific(token) || matchAt(block.matches, j)) return null;
  if ([constructNouns, namingNouns, placeNouns].some((w) => tokenIn(token, w))) return null;
  const foreign = foreignSurnameShape.test(token.norm) || strongSurnameShape.test(token.norm);
  if (!foreign && (/[اة]$/.test(token.text) || /^[يتنا]/.test(token.norm))) return null;
  // "السفير الروسى سيتناول": a verb in the future.
  if (futureVerbShape.test(token.norm)) return null;
  const next = tokens[j + 1];
  const closes =
    !next ||
    /[،,.:؛!?؟]/.test(gapBefore(block, j + 1)) ||
    endsName(next) ||
    tokenIn(next, complementizers);
  return closes ? { from: j, to: j + 1, skip: 0 } : null;
}

/** The role as written from its head, without a proclitic: "ورئيس الوزراء" → "رئيس الوزراء". */
function roleTitle(block: DocumentBlock, head: number, end: number): string {
  const token = block.tokens[head]!;
  const title = block.text.slice(token.start, block.tokens[end - 1]!.end);
  const clitic = token.forms.find(
    (f) => f.skip > 0 && (personRoleHeads.has(f.form) || roleHeads.has(f.form)),
  );
  if (!clitic || startsWithArticle(clitic.form)) return withoutProcliticBeforeArticle(title);
  return title.slice(clitic.skip);
}
const startsWithArticle = (form: string) => form.startsWith('ال');

/**
 * A word before the Mauritanian "ولد" ("son of") starts a name, even one that looks like a
 * definite noun or an honorific: "الناطق باسم الحكومة الناني ولد اشروقه", "السيد الشيخ ولد أحمد".
 */
const beforeWalad = (block: DocumentBlock, j: number) =>
  block.tokens[j + 1]?.norm === 'ولد' && isSpace(gapBefore(block, j + 1));

/**
 * "أمير" or "سلطان" inside a role phrase before a word that is neither a place nor definite
 * starts the name ("السفير الروسي بالخرطوم أمير غياث شيرينسكي"); before a place it is the
 * role's ("نائب أمير منطقة الرياض").
 */
function givenNameAfterRole(block: DocumentBlock, j: number): boolean {
  const next = block.tokens[j + 1];
  return (
    titlesAndGivenNames.has(block.tokens[j]!.norm) &&
    !!next &&
    !matchAt(block.matches, j + 1) &&
    !isDefinite(next) &&
    !tokenIn(next, placeNouns)
  );
}

/** A word behind ب ("بصفاقس") between a role and a given name: where the person serves. */
const placeBeforeGivenName = (block: DocumentBlock, j: number): boolean =>
  /^ب(?!ال)./.test(block.tokens[j]?.norm ?? '') && unknownWordBeforeGivenName(block, j);

/**
 * A place the gazetteer lacks after a role's link word, before a given name: "القنصل العام
 * الروسي لدى أربيل أوليغ ليفين".
 */
const placeTheGazetteerLacks = (block: DocumentBlock, j: number): boolean =>
  tokenIn(block.tokens[j - 1], placeLinks) &&
  !isDefinite(block.tokens[j]!) &&
  unknownWordBeforeGivenName(block, j);

function unknownWordBeforeGivenName(block: DocumentBlock, j: number): boolean {
  const next = block.tokens[j + 1];
  return (
    !!next &&
    !matchAt(block.matches, j) &&
    isSpace(gapBefore(block, j + 1)) &&
    (givenNameSkip(next, givenNames) === 0 || weakGivenNames.has(next.norm))
  );
}

interface RolePhrase {
  /** One past the last token of the role. */
  end: number;
  country: string | null;
  /** The role ends on a quoted name: "رئيس شركة "روس آتوم"" (its closing mark is no comma). */
  afterQuote: boolean;
}

/**
 * The role phrase that starts with the head at `i`: its qualifiers, the places and
 * organizations it names, definite adjectives ("الفيدرالية الروسية للصيد البحري"), the
 * genitives it governs ("لمنظمة “أوبك”") and links ("لدى", "في").
 */
function rolePhraseAt(block: DocumentBlock, i: number): RolePhrase {
  const { tokens } = block;
  let j = i + 1;
  let country: string | null = null;
  let quoted = -1; // the token after a quoted name
  while (j < tokens.length && j - i < 14) {
    const gap = gapBefore(block, j);
    if (quoted === j && /^\s*["»”]\s*$/.test(gap)) {
      // The gap closes the quoted name: the role may go on or a name follow.
      if (tokenIn(tokens[j], roleQualifiers) || isDefinite(tokens[j]!)) {
        j++;
        continue;
      }
      break;
    }
    if (quoteMarks.test(gap)) {
      // A quoted institution after the noun that names it: "رئيس شركة "روس آتوم"".
      const previous = tokens[j - 1]!;
      if (!tokenIn(previous, constructNouns) && !tokenIn(previous, namingNouns)) break;
      let close = j;
      while (close + 1 < tokens.length && !quoteMarks.test(gapBefore(block, close + 1))) close++;
      if (close + 1 >= tokens.length || close - j > 5) break;
      j = close + 1;
      quoted = j;
      continue;
    }
    if (!isSpace(gap) && !/^\s*-\s*$/.test(gap)) break;
    if (/-/.test(gap) && !isDefinite(tokens[j]!)) break; // a dash before the name
    const match = matchAt(block.matches, j);
    if (match) {
      if (match.entity.kind === 'person') break;
      country ??= countryOf(match);
      j = match.to;
      continue;
    }
    const token = tokens[j]!;
    if (givenNameSkip(token, givenNames) !== null || beforeWalad(block, j)) break;
    if (givenNameAfterRole(block, j)) break;
    if (/ستان$/.test(token.norm) && !isDefinite(token)) {
      j++; // a country or region the gazetteer lacks: "رئيس تركمانستان"
      continue;
    }
    if (
      tokenIn(token, roleQualifiers) ||
      tokenIn(token, constructNouns) ||
      tokenIn(token, roleLinks) ||
      tokenIn(token, roleAdjectives) ||
      (isRoleHead(token) && !isHonorific(token)) ||
      (isDefinite(token) && !endsName(token) && !isHonorific(token)) ||
      ['السابق', 'السابقة', 'الجديد', 'الجديدة', 'الحالي', 'الأول', 'الاول'].includes(token.norm)
    ) {
      j++;
      continue;
    }
    if (placeTheGazetteerLacks(block, j)) {
      j++; // "القنصل العام الروسي لدى أربيل أوليغ ليفين"
      continue;
    }
    break;
  }
  // A role ends on a noun, not on a link word: "السفير الروسي لدى" + name is no phrase.
  while (j > i + 1 && tokenIn(tokens[j - 1], roleLinks)) j--;
  return { end: j, country, afterQuote: quoted === j };
}

/** New people introduced by a role phrase, with their role and country. */
const bylineVerbs = new Set(['كتب', 'كتبت', 'بقلم', 'اعداد', 'إعداد'].map(normalizeForMatching));

/**
 * A reporter's byline at the head of a block: "كتب : محمد أبو بكر", "موسكو - سعيد طانيوس:",
 * "ابوظبي - سيف اليزيد - قال …": two to four name words, ended by the block, a colon or a dash.
 */
function bylineAt(block: DocumentBlock): NameSpan | null {
  const { tokens } = block;
  const first = tokens[0];
  if (!first || tokens.length < 3) return null;
  const afterFirst = gapBefore(block, 1);
  const place = matchAt(block.matches, 0)?.entity.kind === 'place';
  const opens =
    (bylineVerbs.has(first.norm) && /^\s*:?\s*$/.test(afterFirst)) ||
    (place && /^\s*[-–]\s*$/.test(afterFirst));
  if (!opens || matchAt(block.matches, 1)) return null;
  const name = nameAt(block, 1);
  if (!name || name.to - name.from < 2 || name.to - name.from > 4) return null;
  const closed = name.to >= tokens.length || /^\s*[:\-–]/.test(gapBefore(block, name.to));
  return closed && plausibleName(tokens.slice(name.from, name.to), 0, false) ? name : null;
}

export function findNewPeople(blocks: DocumentBlock[], gazetteer: Gazetteer): NewPerson[] {
  const found = new Map<string, NewPerson>();
  const surnamesFound = new Set<string>();
  const add = (
    block: DocumentBlock,
    name: NameSpan,
    titleAr: string | null,
    country: string | null,
  ) => {
    const words = block.tokens.slice(name.from, name.to);
    for (let k = name.from; k < name.to; k++) covered.add(k);
    if (namesAPlace(block, name.from)) return;
    const fullName = block.text.slice(words[0]!.start + name.skip, words.at(-1)!.end);
    const normalized = words.map((w, k) => (k === 0 ? w.norm.slice(name.skip) : w.norm)).join(' ');
    if (gazetteer.forms.has(normalized)) return;
    const existing = found.get(fullName);
    if (existing) {
      if (!existing.role.titleAr && titleAr) {
        existing.role = { titleAr, countryIso2: country };
        existing.entity.roles = [{ titleAr, titleEn: '', countryIso2: country }];
      }
      return;
    }
    const surname = words.at(-1)!.text;
    surnamesFound.add(words.at(-1)!.norm);
    const surnameForm =
      words.length > 1 &&
      surname.length >= 3 &&
      (!surname.startsWith('ال') || surname.length >= 5) &&
      !nameConnectors.has(normalizeForMatching(surname));
    // A foreign surname ("ليخاتشيوف") names the person in any later article too.
    const kept = surnameForm && foreignSurnameShape.test(normalizeForMatching(surname));
    found.set(fullName, {
      name: fullName,
      forms: kept ? [fullName, surname] : [fullName],
      articleForms: surnameForm && !kept ? [surname] : [],
      role: { titleAr: titleAr ?? '', countryIso2: country },
      entity: {
        kind: 'person',
        id: 0,
        slug: '',
        nameAr: fullName,
        iso2: null,
        roles: titleAr ? [{ titleAr, titleEn: '', countryIso2: country }] : [],
      },
    });
  };
  /** The role right after a name: "نيقولاى أصلانوف سكرتير اللجنة …", "X، مدير عام …". */
  const roleAfter = (block: DocumentBlock, name: NameSpan) => {
    const k = name.to;
    const head = block.tokens[k];
    if (!head || !isRoleHead(head) || matchAt(block.matches, k)) return null;
    if (!isSpace(gapBefore(block, k)) && !isApposition(gapBefore(block, k))) return null;
    const phrase = rolePhraseAt(block, k);
    if (phrase.end === k + 1 && isWeakRoleHead(head)) return null;
    return { titleAr: roleTitle(block, k, phrase.end), country: phrase.country };
  };
  let covered = new Set<number>(); // tokens of this block inside a name found
  for (const [index, block] of blocks.entries()) {
    const { tokens } = block;
    covered = new Set();
    const byline = index < 3 ? bylineAt(block) : null;
    if (byline) add(block, byline, null, null);
    // "الشيخ عبدالله بن زايد آل نهيان", "السيد …": an honorific announces a name.
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!isHonorific(tokens[i]) || matchAt(block.matches, i + 1)) continue;
      let j = i + 1;
      while (j < tokens.length && isHonorific(tokens[j])) j++;
      if (j >= tokens.length || !spaceAfterHonorific(block, j)) continue;
      const name = matchAt(block.matches, j) ? null : nameAt(block, j);
      if (!name || !plausibleName(tokens.slice(name.from, name.to), 0, false)) continue;
      const role = roleAfter(block, name);
      add(block, name, role?.titleAr ?? null, role?.country ?? null);
    }
    // "نظيريه الأذربيجاني جيهون بيراموف والأرمني أرارات ميرزويان": a nisba, then a name.
    // Only where a role or a named person comes just before, so that a sentence such as
    // "الروسي بلغ حجم…" is not taken for one.
    for (const [k, match] of block.matches.entries()) {
      const written = tokens[match.from]!.text;
      const nisba =
        match.to - match.from === 1 &&
        match.entity.placeKind === 'COUNTRY' &&
        withoutProclitics(written).some((f) => /^ال.+(ي|ية)$/.test(f.form));
      if (!nisba || matchAt(block.matches, match.to) || match.to >= tokens.length) continue;
      if (!isSpace(gapBefore(block, match.to))) continue;
      const previous = block.matches[k - 1];
      const afterPerson =
        conjoined(tokens[match.from]!) &&
        previous?.entity.kind === 'person' &&
        match.from - previous.to <= 1;
      // (the role's own nisba: not across أن, "السفير أن السفارة الروسية ستعمل")
      const before = tokens.slice(Math.max(0, match.from - 3), match.from);
      const afterRole = before.some(
        (t, r) => isRoleHead(t) && !before.slice(r + 1).some((w) => tokenIn(w, complementizers)),
      );
      if (!afterPerson && !afterRole) continue;
      const name = nameAt(block, match.to) ?? surnameAlone(block, match.to);
      if (name && plausibleName(tokens.slice(name.from, name.to), 0, false))
        add(block, name, null, match.entity.iso2);
    }
    for (let i = 0; i < tokens.length; i++) {
      if (!isRoleHead(tokens[i]) || matchAt(block.matches, i)) continue;
      const phrase = rolePhraseAt(block, i);
      let j = phrase.end;
      // A bare weak head ("مساعدة ممكنة") is a common noun, not a role.
      if (j === i + 1 && isWeakRoleHead(tokens[i])) continue;
      if (j >= tokens.length) continue;
      const gap = gapBefore(block, j);
      const apposition = isApposition(gap);
      const closing = phrase.afterQuote && /^\s*["»”]\s*[،,]?\s*$/.test(gap);
      // "السفير الروسي في طهران "لفان جاغاريان"، أن": some outlets quote the name.
      const quotedName = !phrase.afterQuote && /^\s*[،,]?\s*["«“]\s*$/.test(gap);
      if (!isSpace(gap) && !apposition && !closing && !quotedName) continue; // "الوزير: "نحن""
      while (j < tokens.length && isHonorific(tokens[j]) && !beforeWalad(block, j)) j++;
      // "المدير الجهوي لديوان الحبوب بصفاقس رضوان قمار": a place the gazetteer lacks.
      if (placeBeforeGivenName(block, j)) j++;
      if (j >= tokens.length || matchAt(block.matches, j)) continue; // a known person follows
      const skip = givenNameSkip(tokens[j]!, givenNames) ?? 0;
      // "بتعيين سفير جديد": after a bare indefinite role word, one word is its adjective.
      const bare = j === i + 1 && !isDefinite(tokens[i]!);
      const name =
        nameAt(block, j, skip, false, true) ?? (apposition || bare ? null : surnameAlone(block, j));
      if (!name) continue;
      const words = tokens.slice(name.from, name.to);
      // "الرئيس بوتين يؤيد" after "فلاديمير بوتين": a surname already found is no new name.
      if (surnamesFound.has(words[0]!.norm)) continue;
      const after = name.to < tokens.length ? gapBefore(block, name.to) : '';
      if (quotedName && !/^\s*["»”]\s*([،,]|$)/.test(after)) continue;
      // After a comma the name must show itself as one ("…، إيفان ناليش"), unless a comma
      // closes it before what the person said: "السفير الروسي لدى ليبيا، أيدار أغانين، بأن".
      const shut =
        (apposition || quotedName) &&
        /^\s*["»”]?\s*[،,]\s*$/.test(after) &&
        tokenIn(tokens[name.to], complementizers);
      // "نائب مدير عام شركة روس أتوم سيرفيس": what follows an institution's noun is its name.
      const afterInstitution = isSpace(gap) && tokenIn(tokens[phrase.end - 1], placeNouns);
      const needEvidence =
        (apposition && !shut) || tokenIn(tokens[i], pluralRoleHeads) || afterInstitution;
      const fits = shut ? !looksUnlikeName(words, true) : plausibleName(words, skip, needEvidence);
      if (!fits) continue;
      add(block, name, roleTitle(block, i, phrase.end), phrase.country);
    }
    // A given name announces a name anywhere: bylines ("كتب: محمد أبو بكر"), lists
    // ("أناتولي أنطونوف وجون ساليفان"), a name before its role ("X سكرتير اللجنة").
    for (let i = 0; i < tokens.length; i++) {
      if (matchAt(block.matches, i) || covered.has(i)) continue;
      const skip = givenNameSkip(tokens[i]!, givenNames);
      if (skip === null) continue;
      if (i > 0 && isSpace(gapBefore(block, i)) && tokenIn(tokens[i - 1], placeNouns)) continue;
      const name = nameAt(block, i, skip);
      if (!name) continue;
      const words = tokens.slice(name.from, name.to);
      if (!plausibleName(words, skip, true)) continue;
      const role = roleAfter(block, name);
      add(block, name, role?.titleAr ?? null, role?.country ?? null);
      i = name.to - 1;
    }
    // "مع زكية الدريوش، الكاتبة العامة لقطاع الصيد البحري": two or three words (up to five
    // with بن) set off by a comma before a role phrase name its holder.
    for (let i = 0; i < tokens.length; i++) {
      if (matchAt(block.matches, i) || covered.has(i) || isDefinite(tokens[i]!)) continue;
      // "لقاء بعيدروس الزبيدي، رئيس …": an unknown first word behind ب، و or ل is behind it.
      const given = isGivenName(tokens[i]!.norm);
      const proclitic =
        !given && !endsName(tokens[i]!) && /^[وبل].{3,}/.test(tokens[i]!.norm) ? 1 : 0;
      const name = nameAt(block, i, proclitic);
      if (!name || name.to >= tokens.length) continue;
      // (four or five words only with a connector: "مدين بن مبارك البلوشي")
      const joined = tokens
        .slice(name.from + 1, name.to - 1)
        .some((t) => nameConnectors.has(t.norm));
      if (name.to - name.from > (joined ? 5 : 3)) continue;
      if (!isApposition(gapBefore(block, name.to))) continue;
      if (!isRoleHead(tokens[name.to]) || matchAt(block.matches, name.to)) continue;
      const phrase = rolePhraseAt(block, name.to);
      if (phrase.end === name.to + 1) continue;
      // The role after the comma is the evidence: "زكية" needs no list of given names.
      if (looksUnlikeName(tokens.slice(name.from, name.to), true)) continue;
      add(block, name, roleTitle(block, name.to, phrase.end), phrase.country);
      i = name.to - 1;
    }
    // "بين الرئيسين فلاديمير بوتين وجو بايدن": a name joined to a person's name by و.
    for (const match of block.matches) {
      const k = match.to;
      if (match.entity.kind !== 'person' || k >= tokens.length || covered.has(k)) continue;
      if (!conjoined(tokens[k]!) || !isSpace(gapBefore(block, k)) || matchAt(block.matches, k))
        continue;
      const given = tokens[k]!.forms.find((f) => f.skip === 1 && isGivenName(f.form));
      const name = given ? nameAt(block, k, 1) : null;
      if (name && plausibleName(tokens.slice(name.from, name.to), 1, true))
        add(block, name, null, null);
    }
    // What the learned tagger takes for a name of two to four words where no rule found one.
    const model = nameTagger();
    for (const tagged of model ? tagNames(block, model) : []) {
      const { from, to } = tagged;
      if (to - from < 2 || to - from > 4) continue;
      const inside = Array.from({ length: to - from }, (_, k) => from + k);
      if (inside.some((k) => covered.has(k))) continue;
      if (block.matches.some((m) => m.from < to && from < m.to)) continue;
      // "مطار محمد الخامس": a name after a place's noun names the place.
      if (from > 0 && isSpace(gapBefore(block, from)) && tokenIn(tokens[from - 1], placeNouns))
        continue;
      const words = tokens.slice(from, to);
      if (!words.every(isArabicWord) || looksUnlikeName(words, true)) continue;
      // A name's words stand apart by a space alone, and none after the first ends a name
      // ("مكسيم وهو") or carries a proclitic before the article ("ألكسندر بالساحة").
      const later = inside.slice(1);
      if (later.some((k) => !isSpace(gapBefore(block, k)) || endsName(tokens[k]!))) continue;
      if (later.some((k) => procliticBeforeArticle(tokens[k]!))) continue;
      // "وألكزانر كينشك": the conjunction is no part of the name, unless a given name says so.
      const first = tokens[from]!;
      const conjunction = first.norm.startsWith('و') && !isGivenName(first.norm) ? 1 : 0;
      const name = { from, to, skip: givenNameSkip(first, givenNames) ?? conjunction };
      const role = roleAfter(block, name);
      add(block, name, role?.titleAr ?? null, role?.country ?? null);
    }
    // A surname of a shape only foreign family names have, on its own: "دوداييف".
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (matchAt(block.matches, i) || !strongSurnameShape.test(token.norm)) continue;
      if (isDefinite(token) || !isArabicWord(token)) continue;
      add(block, { from: i, to: i + 1, skip: 0 }, null, null);
    }
  }
  // "عبدالله بن زايد" after "عبدالله بن زايد آل نهيان": the shorter name is the same person;
  // so is a surname found alone after the full name ("كليبانوف" after "اليا كليبانوف").
  const people = [...found.values()];
  const surnameOf = (p: NewPerson) => normalizeForMatching(p.name.split(' ').at(-1)!);
  return people.filter((short) => {
    const longer = people.find(
      (other) =>
        other !== short &&
        (other.name.startsWith(`${short.name} `) ||
          other.name.endsWith(` ${short.name}`) ||
          (!short.name.includes(' ') && surnameOf(other) === normalizeForMatching(short.name))),
    );
    if (longer && !longer.forms.includes(short.name)) longer.forms.push(short.name);
    if (longer && !longer.role.titleAr && short.role.titleAr) longer.role = short.role;
    return !longer;
  });
}

const roleClasses: { words: string[]; pattern: RegExp }[] = [
  {
    words: ['الوزير', 'وزير', 'نظير', 'نظيره', 'نظيرها', 'نظيرته', 'الوزيرة'],
    // a minister, not a (deputy) prime minister: "رئيس الوزراء" has no وزير
    pattern: /وزير|(?<!prime )minister/i,
  },
  { words: ['الرئيس', 'رئيس', 'الرئيسان'], pattern: /رئيس|president|prime minister/i },
  {
    words: ['المتحدث', 'الناطق', 'المتحدثه', 'الناطقه'],
    pattern: /متحدث|ناطق|spokes|press secretary/i,
  },
  { words: ['السفير', 'سفير', 'السفيره'], pattern: /سفير|ambassador/i },
  {
    words: ['المبعوث', 'مبعوث', 'الممثل', 'المندوب'],
    pattern: /مبعوث|ممثل|مندوب|envoy|representative/i,
  },
  { words: ['الدبلوماسي'], pattern: /سفير|وزير الخارجي|ambassador|foreign/i },
];

/** "رأس الدبلوماسية الروسية", "رئيس الدبلوماسية الإيرانية": the country's foreign minister. */
const diplomacyHeads = new Set(['راس', 'رئيس']);
const foreignMinister = { words: [], pattern: /وزير الخارجي|foreign/i };
const headsDiplomacy = (tokens: readonly Token[], i: number) =>
  diplomacyHeads.has(tokens[i]!.norm) && tokens[i + 1]?.norm === 'الدبلوماسيه';

/** Role words that refer back without a nisba ("وأضاف السفير"), to one person only. */
const bareReferenceWords = new Set([
  'الوزير',
  'الوزيره',
  'السفير',
  'السفيره',
  'المتحدث',
  'المتحدثه',
  'الناطق',
  'المبعوث',
  'الدبلوماسي',
]);

/**
 * "الوزير الروسي", "نظيره الأذربيجاني", "الرئيس التركي", "سفير موسكو": a role word and a
 * nisba, a country or its capital, resolved to the person of that country the article
 * mentions whose role, held on the article's day, fits (or the only one holding a role of
 * that country then). "وأضاف السفير": a bare role word, resolved to the one person named
 * before it whose role fits.
 */
export function findRoleReferences(
  block: DocumentBlock,
  mentioned: KnownEntity[],
  day: Date | null = null,
  namedBefore: KnownEntity[] = [],
): EntityMatch[] {
  const references: EntityMatch[] = [];
  const { tokens } = block;
  const fits = (p: KnownEntity, pattern: RegExp, country: string | null) =>
    p.roles.some(
      (r) =>
        (country === null || r.countryIso2 === country) &&
        holdsRoleOn(r, day) &&
        pattern.test(`${r.titleAr ?? ''} ${r.titleEn}`),
    );
  // The people named before word i, each once in order of naming: those of earlier blocks,
  // then this block's matches that end before i (added as i moves on).
  const earlierPeople = new Set(namedBefore.filter((p) => p.kind === 'person'));
  let nextMatch = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (; nextMatch < block.matches.length && block.matches[nextMatch]!.to <= i; nextMatch++) {
      const entity = block.matches[nextMatch]!.entity;
      if (entity.kind === 'person') earlierPeople.add(entity);
    }
    const forms = tokens[i]!.forms.map((f) => f.form);
    const idiom = headsDiplomacy(tokens, i);
    const roleClass = idiom
      ? foreignMinister
      : roleClasses.find((c) => forms.some((f) => c.words.includes(f)));
    if (!roleClass || matchAt(block.matches, i)) continue;
    const placeAt = i + (idiom ? 2 : 1);
    const atPlace = matchAt(block.matches, placeAt);
    const place =
      atPlace?.from === placeAt &&
      atPlace.entity.kind === 'place' &&
      (atPlace.entity.placeKind === 'COUNTRY' || atPlace.entity.placeKind === 'CITY')
        ? atPlace
        : undefined;
    const country = place?.entity.iso2;
    if (!place || !country) {
      if (idiom) continue;
      // A bare role word: never one that starts a role phrase or precedes a name.
      if (!forms.some((f) => bareReferenceWords.has(f))) continue;
      const next = tokens[i + 1];
      if (next && isSpace(gapBefore(block, i + 1))) {
        if (matchAt(block.matches, i + 1) || isDefinite(next) || isRoleHead(next)) continue;
        if (tokenIn(next, roleQualifiers) || tokenIn(next, constructNouns)) continue;
        if (givenNameSkip(next, givenNames) !== null) continue;
      }
      const fitting = [...earlierPeople].filter((p) => fits(p, roleClass.pattern, null));
      if (fitting.length === 1)
        references.push({
          entity: fitting[0]!,
          from: i,
          to: i + 1,
          start:
            tokens[i]!.start +
            (tokens[i]!.forms.find((f) => bareReferenceWords.has(f.form))?.skip ?? 0),
          end: tokens[i]!.end,
        });
      continue;
    }
    const rolesThen = (p: KnownEntity) =>
      p.roles.filter((r) => r.countryIso2 === country && holdsRoleOn(r, day));
    const sameCountry = mentioned.filter((p) => p.kind === 'person' && rolesThen(p).length > 0);
    const fitting = sameCountry.filter((p) => fits(p, roleClass.pattern, country));
    const person =
      fitting.length === 1
        ? fitting[0]
        : !idiom && sameCountry.length === 1
          ? sameCountry[0]
          : undefined;
    if (person)
      references.push({
        entity: person,
        from: i,
        to: place.to,
        start: tokens[i]!.start,
        end: tokens[place.to - 1]!.end,
      });
  }
  return references;
}

/**
 * Known people this article names in full, with the surname a later mention may use alone
 * ("بافيل سوروكين … وأكد سوروكين") where the gazetteer keeps no such alias: for this article
 * only, as for a new person's Arabic surname.
 */
function surnamesOfKnownPeople(
  blocks: DocumentBlock[],
  gazetteer: Gazetteer,
): { entity: KnownEntity; surname: string }[] {
  const found = new Map<string, KnownEntity>();
  for (const block of blocks) {
    for (const match of block.matches) {
      if (match.entity.kind !== 'person') continue;
      // Named in full: a known full form, or his given name before his surname
      // ("يفغيني ايفانوف" for the known يفجيني إيفانوف).
      const inFull =
        match.to - match.from >= 2 || isGivenNameOf(match.entity, block.tokens[match.from - 1]);
      if (!inFull) continue;
      const last = block.tokens[match.to - 1]!.norm;
      // A surname known already is his here too when namesakes share it.
      const namesakes = (gazetteer.forms.get(last) ?? []).filter((e) => e !== match.entity);
      const usable =
        last.length >= 3 &&
        (!last.startsWith('ال') || last.length >= 5) &&
        !nameConnectors.has(last) &&
        (!gazetteer.forms.has(last) || namesakes.some((e) => e.kind === 'person'));
      if (usable && !found.has(last)) found.set(last, match.entity);
    }
  }
  return [...found].map(([surname, entity]) => ({ entity, surname }));
}

/**
 * People the gazetteer does not know become entities of this article; then every block is
 * matched again so that their later mentions (the surname) are found too, as are those of
 * known people named in full here.
 */
export const newPeopleStage: Stage = {
  name: 'newPeople',
  needs: ['entities'],
  adds: 'newPeople',
  run(document) {
    const base = document.gazetteer;
    // Not from the title: a headline's verbs follow a role with no mark ("سفير روسيا يكشف
    // موقف بلاده"); names it shares with the body are matched there all the same.
    const newPeople = findNewPeople(document.blocks, base);
    document.newPeople = newPeople;
    const knownSurnames = surnamesOfKnownPeople(textBlocks(document), base);
    if (newPeople.length === 0 && knownSurnames.length === 0) return;
    const gazetteer = forkGazetteer(base);
    for (const person of newPeople)
      addEntity(gazetteer, person.entity, [...person.forms, ...person.articleForms]);
    for (const { entity, surname } of knownSurnames) addForms(gazetteer, entity, [surname]);
    document.gazetteer = gazetteer;
    for (const block of textBlocks(document)) block.matches = matchForms(block.tokens, gazetteer);
  },
};

/**
 * Role references replace the matches they cover: "الوزير الروسي" is Lavrov, not Russia
 * (the nisba's place match inside the reference goes).
 */
export const roleReferenceStage: Stage = {
  name: 'roleReferences',
  needs: ['publishedAt', 'newPeople'],
  adds: 'roleReferences',
  run(document) {
    const mentioned = [
      ...new Set(
        textBlocks(document)
          .flatMap((b) => b.matches.map((m) => m.entity))
          .filter((e) => e.kind === 'person'),
      ),
    ];
    const namedBefore: KnownEntity[] = [];
    for (const block of textBlocks(document)) {
      const references = findRoleReferences(block, mentioned, document.publishedAt, namedBefore);
      for (const m of block.matches) if (m.entity.kind === 'person') namedBefore.push(m.entity);
      // (token by token, as references are a few words and a block may hold thousands)
      const free = references.filter((r) => {
        for (let k = r.from; k < r.to; k++) {
          const known = matchAt(block.matches, k);
          if (known && known.entity.kind !== 'place') return false;
        }
        return true;
      });
      const freeOver: EntityMatch[][] = [];
      for (const r of free)
        for (let k = r.from; k < r.to; k++) {
          const over = freeOver[k] ?? [];
          over.push(r);
          freeOver[k] = over;
        }
      block.matches = [
        ...block.matches.filter((m) => !freeOver[m.from]?.some((r) => m.to <= r.to)),
        ...free,
      ].sort((a, b) => a.from - b.from);
    }
  },
};
