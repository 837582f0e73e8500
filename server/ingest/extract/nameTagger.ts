// Names of people found by a learned tagger: an averaged perceptron (learn/perceptron.ts)
// labels each word of a block as the start of a name (B), inside one (I) or outside (O),
// left to right, from the word, its neighbours, its shape, the word lists and the known
// entities around it. Trained on the development split by `npm run train:names` (train/);
// the weights are data in nameTagger.weights.json, read once when loaded. The newPeople
// stage asks it for names the rules did not find.
import { existsSync, readFileSync } from 'node:fs';
import type { DocumentBlock } from '../document.js';
import { type PerceptronModel, predict } from '../learn/perceptron.js';
import { tokenIn, writtenIn } from '../text.js';
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
}

const contexts = new WeakMap<DocumentBlock, BlockContext>();
function contextOf(block: DocumentBlock): BlockContext {
  let context = contexts.get(block);
  if (context) return context;
  const entityKinds = block.tokens.map(() => 'none');
  for (const match of block.matches)
    for (let k = match.from; k < match.to; k++) entityKinds[k] = match.entity.kind;
  const gaps = Array.from({ length: block.tokens.length + 1 }, (_, i) => gapClass(block, i));
  context = { entityKinds, gaps };
  contexts.set(block, context);
  return context;
}

/**
 * A word the tagger labels O without asking the model, in training as when it runs: a
 * known entity's, or one that is no Arabic word (a number, Latin letters) or never a name
 * ("في", "ولدينا"). No name the newPeople stage could take passes through one.
 */
export function outsideAnyName(block: DocumentBlock, i: number): boolean {
  const token = block.tokens[i]!;
  return (
    contextOf(block).entityKinds[i] !== 'none' ||
    !/^[\u0621-\u064A]+$/.test(token.norm) ||
    writtenIn(token, notNameWords)
  );
}

/** The features of word `i`, given the labels of the two words before it. */
export function nameFeatures(
  block: DocumentBlock,
  i: number,
  previous: NameLabel,
  beforePrevious: NameLabel,
): string[] {
  const { tokens } = block;
  const token = tokens[i]!;
  const norm = token.norm;
  const edge = (k: number) => (k < 0 ? '<s>' : '</s>');
  const word = (k: number) => tokens[k]?.norm ?? edge(k);
  const { entityKinds, gaps } = contextOf(block);
  const kindAt = (k: number) => entityKinds[k] ?? 'edge';
  /** The word with every proclitic taken off. */
  const stemAt = (k: number) => {
    const forms = tokens[k]?.forms;
    return forms ? forms[forms.length - 1]!.form : edge(k);
  };
  const stem = stemAt(i);
  const features = [
    'bias',
    `w=${norm}`,
    `stem=${stem}`,
    `w-1=${word(i - 1)}`,
    `w+1=${word(i + 1)}`,
    `suffix2=${norm.slice(-2)}`,
    `suffix3=${norm.slice(-3)}`,
    `prefix2=${stem.slice(0, 2)}`,
    `length=${Math.min(norm.length, 9)}`,
    `gap-=${gaps[i]}`,
    `gap+=${gaps[i + 1]}`,
    `entity=${kindAt(i)}`,
    `entity-1=${kindAt(i - 1)}`,
    `entity+1=${kindAt(i + 1)}`,
    `y-1=${previous}`,
    `y-2,y-1=${beforePrevious},${previous}`,
  ];
  if (tokenIn(token, givenNames)) features.push('given');
  if (tokenIn(token, weakGivenNames)) features.push('weak-given');
  if (tokenIn(tokens[i - 1], givenNames)) features.push('given-1');
  if (tokenIn(tokens[i + 1], givenNames)) features.push('given+1');
  if (token.forms.some((f) => f.skip > 0 && f.form.startsWith('ال'))) features.push('clitic+al');
  if (tokenIn(tokens[i - 1], personRoleHeads) || tokenIn(tokens[i - 1], roleHeads))
    features.push('role-1');
  if (tokenIn(tokens[i - 1], honorifics)) features.push('honorific-1');
  if (tokenIn(tokens[i - 1], reportingVerbs)) features.push('saying-1');
  if (tokenIn(tokens[i + 1], reportingVerbs)) features.push('saying+1');
  if (foreignSurnameShape.test(norm)) features.push('foreign-surname');
  if (strongSurnameShape.test(norm)) features.push('strong-surname');
  if (norm.startsWith('ال')) features.push('definite');
  return features;
}

/** The names the model finds in a block, left to right, each label reading the last two. */
export function tagNames(block: DocumentBlock, model: PerceptronModel): TaggedName[] {
  const names: TaggedName[] = [];
  let previous: NameLabel = 'O';
  let beforePrevious: NameLabel = 'O';
  for (let i = 0; i < block.tokens.length; i++) {
    let label: NameLabel = outsideAnyName(block, i)
      ? 'O'
      : nameLabels[predict(model, nameFeatures(block, i, previous, beforePrevious))]!;
    if (label === 'I' && previous === 'O') label = 'B';
    if (label === 'B') names.push({ from: i, to: i + 1 });
    else if (label === 'I') names.at(-1)!.to = i + 1;
    beforePrevious = previous;
    previous = label;
  }
  return names;
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
