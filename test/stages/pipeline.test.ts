// The stage order declared in pipeline.ts: each stage needs only layers added before it.
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../server/ingest/document.js';
import { checkStageOrder, stages } from '../../server/ingest/pipeline.js';
import { article, documentThrough } from './support.js';

const byName = (name: string) => stages.find((s) => s.name === name)!;

describe('the pipeline', () => {
  it('declares each layer once, after the layers it needs', () => {
    expect(() => checkStageOrder(stages)).not.toThrow();
    expect(stages.map((s) => s.adds)).toEqual([
      'blocks',
      'publishedAt',
      'tokens',
      'entities',
      'newPeople',
      'roleReferences',
      'mentions',
      'statements',
      'figures',
      'events',
    ]);
  });

  it.each([
    ['statements before mentions', ['blocks', 'tokens', 'statements'], /needs mentions/],
    ['tokens twice', ['blocks', 'tokens', 'tokens'], /added twice/],
  ])('refuses %s', (_case, names, message) => {
    expect(() => checkStageOrder(names.map(byName) as Stage[])).toThrow(message);
  });

  it('stops after the stage that adds the layer asked for', () => {
    const document = documentThrough(article('وقال لافروف إن الحوار مستمر.'), 'entities');
    expect([...document.done]).toEqual(['blocks', 'publishedAt', 'tokens', 'entities']);
    expect(document.statements).toEqual([]);
  });
});
