// The evaluation corpus: real articles (`<id>.txt`) with their hand annotation (`<id>.json`,
// the rules of ../shared/notes/annotation.md), and the fixed split into dev and test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

export const annotationFormat = z.object({
  url: z.url(),
  outlet: z.string().min(1),
  published: isoDay.nullable(),
  urlDate: isoDay.nullable(),
  people: z.array(
    z.object({ name: z.string().min(1), en: z.string().nullish(), role: z.string().nullish() }),
  ),
  statements: z.array(
    z.object({ speaker: z.string().min(1), direct: z.boolean(), text: z.string().min(1) }),
  ),
  money: z.array(
    z.object({
      text: z.string().min(1),
      amount: z.string().regex(/^\d+(\.\d+)?$/, 'digits, maybe with a decimal point'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
      year: z.number().int().nullable(),
      status: z.string().nullish(),
    }),
  ),
});
export type Annotation = z.infer<typeof annotationFormat>;

export interface CorpusArticle {
  /** The file's path below the corpus folder, without extension: "arabic-rt-com_23". */
  id: string;
  file: string;
  text: string;
  annotation: Annotation;
}

function txtFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return txtFiles(full);
      return name.endsWith('.txt') ? [full] : [];
    });
}

/** Every annotated article under `dir` (sub-folders too), in file order. */
export function readCorpus(dir: string): CorpusArticle[] {
  if (!existsSync(dir)) throw new Error(`no corpus at ${dir}`);
  return txtFiles(dir).flatMap((file) => {
    const jsonFile = file.replace(/\.txt$/, '.json');
    if (!existsSync(jsonFile)) return []; // an article still being annotated
    const parsed = annotationFormat.safeParse(JSON.parse(readFileSync(jsonFile, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(
        `${path.relative(dir, jsonFile)}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
      );
    }
    const id = path
      .relative(dir, file)
      .replace(/\.txt$/, '')
      .split(path.sep)
      .join('/');
    return [{ id, file, text: readFileSync(file, 'utf8'), annotation: parsed.data }];
  });
}

export const splitFormat = z.object({
  seed: z.number().int(),
  dev: z.array(z.string()),
  test: z.array(z.string()),
});
export type Split = z.infer<typeof splitFormat>;
export type SplitName = 'dev' | 'test' | 'all';

export function readSplit(file: string): Split {
  return splitFormat.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The articles of one split, in file order; an id in the split with no file is an error. */
export function selectSplit(
  articles: CorpusArticle[],
  split: Split | null,
  name: SplitName,
): CorpusArticle[] {
  if (name === 'all') return articles;
  if (!split)
    throw new Error(`no split file: run \`npm run corpus:split\` first, or use --split all`);
  const wanted = new Set(split[name]);
  const known = new Set(articles.map((a) => a.id));
  const missing = [...wanted].filter((id) => !known.has(id));
  if (missing.length)
    throw new Error(
      `the ${name} split names ${missing.length} article(s) with no file: ${missing[0]}…`,
    );
  return articles.filter((a) => wanted.has(a.id));
}
