// The playground in a real browser (Debian's chromium driven by playwright-core) with every
// request to a host other than 127.0.0.1 blocked: it loads, runs the first example, shows
// the Arabic of the seeds the right way round, and its Docs panel reads the schema.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningKhabar, startKhabar } from '../sdk/test/support/server.js';
import { repoRoot } from '../server/db/provider.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = path.join(repoRoot, 'test/artifacts');

let khabar: RunningKhabar;
let context: BrowserContext;
let page: Page;
let profile: string;
/** Requests the page tried to send to any host but 127.0.0.1 (all refused). */
const externalRequests: string[] = [];
/** Console errors (a refused Content-Security-Policy shows here too) and uncaught errors. */
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's package (apt-get install chromium) ` +
        'or set CHROMIUM_PATH. The playground test drives a real browser.',
    );
  }
  khabar = await startKhabar();
  profile = mkdtempSync(path.join(tmpdir(), 'khabar-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1440, height: 900 },
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    externalRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await khabar?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The text of the response pane; Monaco renders spaces as no-break spaces. */
const responseText = () =>
  page.evaluate(
    `(document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\\u00a0/g, ' ')`,
  ) as Promise<string>;

describe('the playground in Chromium, offline but for 127.0.0.1', () => {
  it('opens with the SDK examples, the first with its variables', async () => {
    await page.goto(khabar.url);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab-button').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(['Statements', 'Person', 'TradeFigures', 'Node']));
    await expect
      .poll(() => page.locator('.graphiql-editor-tool').textContent(), { timeout: 10_000 })
      .toContain('sergey-lavrov');
  });

  it('runs the example and shows Arabic text from the seeds', async () => {
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(responseText, { timeout: 30_000 }).toContain('لافروف');
    const result = await responseText();
    expect(result).toContain('"totalCount"');
    expect(result).not.toContain('"errors"');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'playground.png') });
  });

  it('reads an Arabic string right to left, from its opening quote', async () => {
    // Screen positions of the quotes and the first and last letters of each Arabic string.
    const strings = (await page.evaluate(`(() => {
      const found = [];
      for (const span of document.querySelectorAll('.graphiql-response .view-line span span')) {
        const text = span.firstChild;
        if (!text || text.nodeType !== 3 || !/^"[\\u0600-\\u06ff]/.test(text.data)) continue;
        if (!text.data.endsWith('"')) continue;
        const x = (i) => {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect().x;
        };
        const last = text.data.length - 1;
        found.push({ open: x(0), first: x(1), lastLetter: x(last - 1), close: x(last) });
      }
      return found;
    })()`)) as { open: number; first: number; lastLetter: number; close: number }[];
    expect(strings.length).toBeGreaterThan(0);
    for (const { open, first, lastLetter, close } of strings) {
      expect(open).toBeGreaterThan(first); // the opening quote is right of the first letter
      expect(first).toBeGreaterThan(lastLetter);
      expect(close).toBeLessThan(lastLetter); // and the closing one left of the last
    }
  });

  it('says in the Headers panel where the editor key goes', async () => {
    await page.getByRole('button', { name: 'Headers' }).click();
    await expect
      .poll(() => page.locator('.graphiql-editor-tool').textContent(), { timeout: 10_000 })
      .toMatch(/"Authorization":.?"Bearer.?<editor.?key>"/);
  });

  it('lists the schema in the Docs panel', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const title = () => page.locator('.graphiql-doc-explorer-title').textContent();
    await expect.poll(title, { timeout: 10_000 }).toBe('Docs');
    await page.locator('.graphiql-doc-explorer a', { hasText: 'Query' }).first().click();
    await expect.poll(title, { timeout: 10_000 }).toBe('Query');
  });

  it('needed nothing from another host and logged no error', () => {
    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
