// What identifies an article: its text (content hash) first, then its normalized URL; and
// slugs that are never empty and never shared, from URLs, file names (Arabic ones too) or
// neither. Through the API and npm run ingest, on SQLite and PostgreSQL.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/db/provider.js';
import { normalizeArticleUrl } from '../server/ingest/input.js';
import { slugWords, urlSlugBase } from '../server/ingest/slug.js';
import { startTestApi, type TestApi } from './support/api.js';
import { type Editor, editorOf, sampleArticle } from './support/articles.js';
import { providers } from './support/databases.js';

const run = promisify(execFile);

describe('normalizeArticleUrl', () => {
  it.each([
    ['HTTPS://Example.COM/news/123', 'https://example.com/news/123'],
    ['https://example.com:443/news/123', 'https://example.com/news/123'],
    ['http://example.com:80/news/123', 'http://example.com/news/123'],
    ['http://example.com:8080/news/123', 'http://example.com:8080/news/123'],
    ['https://example.com/news/123/', 'https://example.com/news/123'],
    ['https://example.com/news/123//', 'https://example.com/news/123'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/news/123#comments', 'https://example.com/news/123'],
    ['https://example.com./news/123', 'https://example.com/news/123'],
    ['https://example.com/News/Case', 'https://example.com/News/Case'],
    ['https://example.com/a/./b/../c', 'https://example.com/a/c'],
    ['https://example.com/%7euser/%d8%a8', 'https://example.com/~user/%D8%A8'],
    [
      'https://example.com/أخبار/١٢٣',
      'https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%A1%D9%A2%D9%A3',
    ],
    ['https://example.com/news?utm_source=x&fbclid=y', 'https://example.com/news'],
    ['https://example.com/article.php?id=7&utm_medium=m', 'https://example.com/article.php?id=7'],
    ['https://example.com/view?page=2&id=7', 'https://example.com/view?id=7&page=2'],
    ['https://EXAMPLE.com/view?id=7#top', 'https://example.com/view?id=7'],
  ])('%s → %s', (raw, normalized) => {
    expect(normalizeArticleUrl(raw)).toBe(normalized);
    expect(normalizeArticleUrl(normalized)).toBe(normalized); // a fixed point
  });
});

describe('article slugs', () => {
  it.each([
    ['https://example.com/news/russia-turkey-economy', 'russia-turkey-economy'],
    ['https://site-a.com/news/123', 'news-123'],
    ['https://site-b.com/world/123', 'world-123'],
    ['https://site-a.com/politics/index.html', 'politics'],
    ['https://site-a.com/index.html', 'site-a-com'],
    ['https://site-a.com/', 'site-a-com'],
    ['https://site-a.com/article.php?id=7', 'article-7'],
    ['https://site-a.com/news/2023/03/14/', '03-14'],
    ['https://example.com/أخبار/لافروف-في-موسكو', 'lafrwf-fy-mwskw'],
  ])('%s → %s', (url, slug) => {
    expect(urlSlugBase(normalizeArticleUrl(url))).toBe(slug);
  });

  it.each([
    ['لافروف في موسكو', 'lafrwf-fy-mwskw'],
    ['مقال ٢٠٢٣', 'mqal-2023'],
    ['News_Item 7', 'news-item-7'],
    ['سَيرْغي', 'syrghy'],
    ['؟؟؟', ''],
  ])('words %s → %s', (text, slug) => {
    expect(slugWords(text)).toBe(slug);
  });

  it('keeps long slugs under 81 characters, cut at a hyphen', () => {
    const slug = slugWords('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^word(-word)+$/);
  });
});

describe.each(providers)('article identity on %s', (provider) => {
  let api: TestApi;
  let editor: Editor;
  const articleCount = () => api.database.prisma.article.count();

  beforeAll(async () => {
    api = await startTestApi(provider);
    editor = await editorOf(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('stores articles from two sites with the same last path segment as two articles', async () => {
    const first = await editor.ingest({
      text: sampleArticle('التعاون يتقدم في كل المجالات'),
      url: 'https://site-a.example/news/123',
    });
    const second = await editor.ingest({
      text: sampleArticle('المفاوضات ستتواصل الشهر المقبل'),
      url: 'https://site-b.example/world/123',
    });
    expect(first.body.data.ingestArticle.status).toBe('CREATED');
    expect(second.body.data.ingestArticle.status).toBe('CREATED');
    expect(first.body.data.ingestArticle.article.slug).toBe('news-123');
    expect(second.body.data.ingestArticle.article.slug).toBe('world-123');
  });

  it('gives two index.html pages of two sites two articles with distinct slugs', async () => {
    const slugs: string[] = [];
    for (const [n, url] of [
      'https://one.example/politics/index.html',
      'https://two.example/politics/index.html',
    ].entries()) {
      const { body } = await editor.ingest({
        text: sampleArticle(`الصفحة الرئيسية رقم ${n}`),
        url,
      });
      expect(body.data.ingestArticle.status).toBe('CREATED');
      slugs.push(body.data.ingestArticle.article.slug);
    }
    expect(slugs[0]).toBe('politics');
    expect(slugs[1]).toMatch(/^politics-[0-9a-f]{6}$/);
  });

  it('updates only the article with the same URL once normalized', async () => {
    const url = 'https://news.example/economy/russia-turkey';
    const created = await editor.ingest({ text: sampleArticle('الاقتصاد ينمو بسرعة'), url });
    expect(created.body.data.ingestArticle.status).toBe('CREATED');
    const stored = created.body.data.ingestArticle.article;
    expect(stored.url).toBe(url);
    const before = await articleCount();
    const updated = await editor.ingest({
      text: sampleArticle('الاقتصاد ينمو ببطء'),
      url: 'HTTPS://News.Example:443/economy/russia-turkey/?utm_source=telegram#comments',
    });
    expect(updated.body.data.ingestArticle.status).toBe('UPDATED');
    expect(updated.body.data.ingestArticle.article).toMatchObject({
      id: stored.id,
      slug: stored.slug,
      url,
    });
    expect(await articleCount()).toBe(before);
  });

  it('answers UNCHANGED with the stored article for its text at another URL or none', async () => {
    const text = sampleArticle('نص واحد تحت عناوين كثيرة');
    const created = await editor.ingest({ text, url: 'https://first.example/a/1' });
    const stored = created.body.data.ingestArticle.article;
    const before = await articleCount();
    for (const url of ['https://second.example/b/2', null]) {
      const { body } = await editor.ingest({ text, url });
      expect(body.data.ingestArticle.status).toBe('UNCHANGED');
      expect(body.data.ingestArticle.article).toMatchObject({
        id: stored.id,
        slug: stored.slug,
        url: 'https://first.example/a/1',
      });
    }
    expect(await articleCount()).toBe(before);
  });

  it('answers UNCHANGED with the curated seed article for a seed text', async () => {
    const text = readFileSync(path.join(repoRoot, 'seeds/000_897a8455dd883e21.txt'), 'utf8');
    const before = await articleCount();
    const { body } = await editor.ingest({ text, url: 'https://elsewhere.example/lavrov' });
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.status).toBe('UNCHANGED');
    expect(body.data.ingestArticle.article).toMatchObject({
      slug: '2021-11-02-lavrov-bayramov-phone-call',
      provenance: 'CURATED',
    });
    expect(await articleCount()).toBe(before);
  });

  it('stores a changed text without a URL as a new article, with a slug of its own', async () => {
    const first = await editor.ingest({ text: sampleArticle('بلا عنوان أول') });
    const second = await editor.ingest({ text: sampleArticle('بلا عنوان ثان') });
    expect(second.body.data.ingestArticle.status).toBe('CREATED');
    const [a, b] = [first, second].map((r) => r.body.data.ingestArticle.article.slug as string);
    expect(a).toMatch(/^2023-03-14-[0-9a-f]{10}$/);
    expect(b).not.toBe(a);
    expect(b).toMatch(/^2023-03-14-[0-9a-f]{10}(-[0-9a-f]{6})?$/);
  });

  describe('npm run ingest', () => {
    let dir: string;
    const cli = (script: string, args: string[]) =>
      run(process.execPath, ['--import', 'tsx', `server/cli/${script}.ts`, ...args], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: api.testDatabase.url },
      }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (failure: { code: number; stdout: string; stderr: string }) => ({
          code: failure.code,
          stdout: failure.stdout + failure.stderr,
        }),
      );

    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'khabar-identity-'));
      for (const folder of ['a', 'b']) mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, 'a', 'مقال.txt'), sampleArticle('ملف باسم عربي'));
      writeFileSync(path.join(dir, 'a', 'report.txt'), sampleArticle('التقرير الأول'));
      writeFileSync(path.join(dir, 'b', 'report.txt'), sampleArticle('التقرير الثاني'));
      writeFileSync(path.join(dir, 'b', '؟.txt'), sampleArticle('اسم ملف بلا حروف'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('gives Arabic file names and same-named files in two folders their own slugs', async () => {
      const { code, stdout } = await cli('ingest', [path.join(dir, 'a'), path.join(dir, 'b')]);
      expect(code).toBe(0);
      expect(stdout).toContain('4 article(s): 4 created');
      const slugs = await api.database.prisma.article.findMany({
        where: { title: 'روسيا وتركيا تبحثان التعاون الاقتصادي', provenance: 'EXTRACTED' },
        select: { slug: true },
      });
      const names = slugs.map((s) => s.slug);
      expect(names).toContain('mqal');
      expect(names).toContain('report');
      expect(names.some((s) => /^report-[0-9a-f]{6}$/.test(s))).toBe(true);
      expect(names.some((s) => /^2023-03-14-[0-9a-f]{10}/.test(s))).toBe(true);
      expect(names.every((s) => s.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    });

    it('says unchanged, not stored, for files already ingested', async () => {
      const { code, stdout } = await cli('ingest', [path.join(dir, 'b')]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/report\.txt\s+unchanged\s/);
      expect(stdout).toContain('2 article(s): 2 unchanged');
      expect(stdout).not.toContain('stored');
    });

    it('updates an article when a changed file is given its URL with --url', async () => {
      const file = path.join(dir, 'a', 'report.txt');
      const url = 'https://cli.example/news/report';
      writeFileSync(file, sampleArticle('نسخة أولى من التقرير'));
      expect((await cli('ingest', ['--url', url, file])).stdout).toMatch(/report\.txt\s+created/);
      writeFileSync(file, sampleArticle('نسخة ثانية من التقرير'));
      const again = await cli('ingest', ['--url', url, file]);
      expect(again.stdout).toMatch(/report\.txt\s+updated/);
      expect(again.stdout).toContain('1 article(s): 1 updated');
      const both = await cli('ingest', ['--url', url, path.join(dir, 'a')]);
      expect(both.code).toBe(1);
      expect(both.stdout).toContain('give exactly one file');
    });
  });
});
