// Quotation spans in a block: «…», “…”, and straight "…" paired so that one unbalanced
// mark never swallows the rest of the text. Pure.

export interface Quote {
  /** Offsets of the marks themselves. */
  open: number;
  close: number;
  /** The quoted words, without marks and outer spaces. */
  start: number;
  end: number;
}

const pairs: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
];

function inner(text: string, open: number, close: number): Quote | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { open, close, start, end } : null;
}

/** How much a straight-quote pair looks like one: an opener after a space, a closer before one. */
function pairScore(text: string, open: number, close: number): number {
  const before = text[open - 1] ?? ' ';
  const after = text[close + 1] ?? ' ';
  const openerFits = /[\s(:،,وبل]/.test(before) ? 1 : 0;
  const closerFits = /[\s).,،:؛!?؟-]/.test(after) ? 1 : 0;
  // Quotes rarely run across sentences: a long span with sentence ends inside is suspect.
  const sentenceBreaks = (text.slice(open, close).match(/[.!?؟](\s|$)/g) ?? []).length;
  return openerFits + closerFits - Math.max(0, sentenceBreaks - 1);
}

function pairStraight(text: string, positions: number[]): [number, number][] {
  const pairUp = (list: number[]) => {
    const result: [number, number][] = [];
    for (let i = 0; i + 1 < list.length; i += 2) result.push([list[i]!, list[i + 1]!]);
    return result;
  };
  if (positions.length % 2 === 0) return pairUp(positions);
  // One mark too many: leave out the one whose absence gives the most plausible pairs.
  let best: [number, number][] = [];
  let bestScore = Number.NEGATIVE_INFINITY;
  positions.forEach((_, skip) => {
    const candidate = pairUp(positions.filter((__, i) => i !== skip));
    const score = candidate.reduce((sum, [open, close]) => sum + pairScore(text, open, close), 0);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  });
  return best;
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const [openMark, closeMark] of pairs) {
    let from = 0;
    for (;;) {
      const open = text.indexOf(openMark, from);
      if (open === -1) break;
      const close = text.indexOf(closeMark, open + 1);
      const nextOpen = text.indexOf(openMark, open + 1);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close && openMark !== closeMark)) {
        from = open + 1; // unbalanced opener: skip it
        continue;
      }
      const quote = inner(text, open, close);
      if (quote) quotes.push(quote);
      from = close + 1;
    }
  }
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  for (const [open, close] of pairStraight(text, straight)) {
    const quote = inner(text, open, close);
    if (quote && !quotes.some((q) => q.open < open && close < q.close)) quotes.push(quote);
  }
  return quotes.sort((a, b) => a.open - b.open);
}
