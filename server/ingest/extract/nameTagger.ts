// Names of people found by a learned tagger: an averaged perceptron (learn/perceptron.ts)
// labels each word of a block as the start of a name (B), inside one (I) or outside (O),
// left to right, from the word, its neighbours, its shape, the word lists and the known
// entities around it. Trained on the development split by `npm run train:names` (train/);
// the weights are data in nameTagger.weights.json, read once when loaded. The newPeople
// stage asks it for names the rules did not find.
import { existsSync, readFileSync } from 'node:fs';
import type { DocumentBlock } from '../document.js';
import { addScores, bestOf, type PerceptronModel, scoresOf } from '../learn/perceptron.js';
import { memoized, memoizedBy } from '../memo.js';
import { type Token, withoutProclitics, writtenIn } from '../text.js';
import { honorifics, notNameWords, reportingVerbs, roleHeads } from './lexicon.js';
import {
  foreignSurnameShape,
  givenNames,
  personRoleHeads,
  strongSurnameShape,
  weakGivenNames,
} from './personWords.js';

export const nameLabels = ['O', 'B', 'I'] as const;
export type NameLabel = (typeof nameLabels)[number];

/** A run of words the tagger takes for a name: token indexes [from, to). */
export interface TaggedName {
  from: number;
  to: number;
}

/** What stands between two words, in a few classes: "،" "«" "(" "." or a plain space. */
function gapClass(block: DocumentBlock, i: number): string {
  const before = block.tokens[i - 1];
  const token = block.tokens[i];
  if (!before || !token) return 'edge';
  if (token.start === before.end + 1 && block.text[before.end] === ' ') return 'space';
  const gap = block.text.slice(before.end, token.start).trim();
  if (gap === '') return 'space';
  if (/[،,]/.test(gap)) return 'comma';
  if (/[«»"“”„]/.test(gap)) return 'quote';
  if (/[()[\]]/.test(gap)) return 'paren';
  if (/[.:؛!?؟]/.test(gap)) return 'stop';
  return 'other';
}

/** What a block's features read around each word, computed once per block. */
interface BlockContext {
  /** The kind of known entity on each word ("none"). */
  entityKinds: string[];
  /** gapClass before each word, and one more after the last. */
  gaps: string[];
  /** The word lists each word is in ("given", "role"…), the flags of its neighbours' features. */
  listsOf: (readonly string[])[];
}

/** The word lists a neighbour's features ask about, by the name they carry in features. */
const neighbourLists: readonly [string, readonly ReadonlySet<string>[]][] = [
  ['given', [givenNames]],
  ['role', [personRoleHeads, roleHeads]],
  ['honorific', [honorifics]],
  ['saying', [reportingVerbs]],
];

const listsOfWord = memoized((norm: string) =>
  neighbourLists
    .filter(([, lists]) =>
      lists.some((list) => withoutProclitics(norm).some((f) => list.has(f.form))),
    )
    .map(([name]) => name),
);

const contexts = new WeakMap<DocumentBlock, BlockContext>();
function contextOf(block: DocumentBlock): BlockContext {
  let context = contexts.get(block);
  if (context) return context;
  const entityKinds = block.tokens.map(() => 'none');
  for (const match of block.matches)
    for (let k = match.from; k < match.to; k++) entityKinds[k] = match.entity.kind;
  const gaps = Array.from({ length: block.tokens.length + 1 }, (_, i) => gapClass(block, i));
  const listsOf = block.tokens.map((token) => listsOfWord(token.norm));
  context = { entityKinds, gaps, listsOf };
  contexts.set(block, context);
  return context;
}

/** Never a name's word: no Arabic word (a number, Latin letters), or never a name ("في"). */
const neverInName = memoizedBy(
  (token: Token) => token.text,
  (token: Token) => !/^[\u0621-\u064A]+$/.test(token.norm) || writtenIn(token, notNameWords),
);

/**
 * A word the tagger labels O without asking the model, in training as when it runs: a
 * known entity's, or one that is no Arabic word (a number, Latin letters) or never a name
 * ("في", "ولدينا"). No name the newPeople stage could take passes through one.
 */
export function outsideAnyName(block: DocumentBlock, i: number): boolean {
  return contextOf(block).entityKinds[i] !== 'none' || neverInName(block.tokens[i]!);
}

/**
 * The features of a word alone, the same wherever it stands (its spelling, stem, shape
 * and word lists), from its normalized form: remembered per word.
 */
const wordFeatures = memoized((norm: string): readonly string[] => {
  const forms = withoutProclitics(norm);
  const inList = (list: ReadonlySet<string>) => forms.some((f) => list.has(f.form));
  /** The word with every proclitic taken off. */
  const stem = forms[forms.length - 1]!.form;
  const features = [
    'bias',
    `w=${norm}`,
    `stem=${stem}`,
    `suffix2=${norm.slice(-2)}`,
    `suffix3=${norm.slice(-3)}`,
    `prefix2=${stem.slice(0, 2)}`,
    `prefix3=${stem.slice(0, 3)}`,
    `suffix4=${norm.slice(-4)}`,
    `length=${Math.min(norm.length, 9)}`,
    // The word's own entity kind: always none, as a known entity's words are labelled O
    // unasked; kept because the weights were trained with it.
    'entity=none',
  ];
  if (inList(givenNames)) features.push('given');
  if (inList(weakGivenNames)) features.push('weak-given');
  if (forms.some((f) => f.skip > 0 && f.form.startsWith('ال'))) features.push('clitic+al');
  if (foreignSurnameShape.test(norm)) features.push('foreign-surname');
  if (strongSurnameShape.test(norm)) features.push('strong-surname');
  if (norm.startsWith('ال')) features.push('definite');
  return features;
});

/** The features of word `i` that read its neighbours and the labels of the two before it. */
function contextFeatures(
  block: DocumentBlock,
  i: number,
  previous: NameLabel,
  beforePrevious: NameLabel,
): string[] {
  const { tokens } = block;
  const { entityKinds, gaps, listsOf } = contextOf(block);
  const features = [
    `w-1=${i > 0 ? tokens[i - 1]!.norm : '<s>'}`,
    `w+1=${i + 1 < tokens.length ? tokens[i + 1]!.norm : '</s>'}`,
    `gap-=${gaps[i]}`,
    `gap+=${gaps[i + 1]}`,
    `entity-1=${entityKinds[i - 1] ?? 'edge'}`,
    `entity+1=${entityKinds[i + 1] ?? 'edge'}`,
    `y-1=${previous}`,
    `y-2,y-1=${beforePrevious},${previous}`,
  ];
  for (const list of listsOf[i - 1] ?? []) features.push(`${list}-1`);
  for (const list of listsOf[i + 1] ?? [])
    if (list === 'given' || list === 'saying') features.push(`${list}+1`);
  return features;
}

/** The features of word `i`, given the labels of the two words before it. */
export const nameFeatures = (
  block: DocumentBlock,
  i: number,
  previous: NameLabel,
  beforePrevious: NameLabel,
): string[] => [
  ...wordFeatures(block.tokens[i]!.norm),
  ...contextFeatures(block, i, previous, beforePrevious),
];

/** The sums of a word's own features' weights, per model and word: most words recur. */
const wordScoresByModel = new WeakMap<PerceptronModel, (norm: string) => readonly number[]>();
function wordScoresOf(model: PerceptronModel) {
  let scores = wordScoresByModel.get(model);
  if (!scores) {
    scores = memoized((norm: string) => scoresOf(model, wordFeatures(norm)));
    wordScoresByModel.set(model, scores);
  }
  return scores;
}

/** The runs of words labels mark as names: each B starts one, as does an I after an O. */
export function namesOfLabels(labels: readonly NameLabel[]): TaggedName[] {
  const names: TaggedName[] = [];
  labels.forEach((label, i) => {
    if (label === 'B' || (label === 'I' && (labels[i - 1] ?? 'O') === 'O'))
      names.push({ from: i, to: i + 1 });
    else if (label === 'I') names.at(-1)!.to = i + 1;
  });
  return names;
}

/** The names the model finds in a block, left to right, each label reading the last two. */
export function tagNames(block: DocumentBlock, model: PerceptronModel): TaggedName[] {
  const labels: NameLabel[] = [];
  const wordScores = wordScoresOf(model);
  let previous: NameLabel = 'O';
  let beforePrevious: NameLabel = 'O';
  for (let i = 0; i < block.tokens.length; i++) {
    let label: NameLabel = 'O';
    if (!outsideAnyName(block, i)) {
      const scores = [...wordScores(block.tokens[i]!.norm)];
      addScores(model, contextFeatures(block, i, previous, beforePrevious), scores);
      label = nameLabels[bestOf(scores)]!;
    }
    if (label === 'I' && previous === 'O') label = 'B';
    labels.push(label);
    beforePrevious = previous;
    previous = label;
  }
  return namesOfLabels(labels);
}

const weightsFile = new URL('./nameTagger.weights.json', import.meta.url);

/** The trained weights, read once; none when the file is missing (before the first training). */
let activeModel: PerceptronModel | null = existsSync(weightsFile)
  ? (JSON.parse(readFileSync(weightsFile, 'utf8')) as PerceptronModel)
  : null;

/** The model the newPeople stage uses; null when there is none. */
export const nameTagger = () => activeModel;

/**
 * Another model for the stage, or none: for cross-validation (eval/extraction.ts
 * --name-tagger), where each article is read by a model not trained on it.
 */
export function useNameTagger(model: PerceptronModel | null): void {
  activeModel = model;
}
