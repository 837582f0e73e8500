// The HTML of the playground (GraphiQL at /graphql) and of the home page (/).
import type { PlaygroundAssets } from './assets.js';
import type { ExampleTab } from './examples.js';

/**
 * Everything the playground loads comes from this server: a browser that honours this
 * policy refuses anything else. Monaco adds its styles at run time, hence 'unsafe-inline'
 * for styles only; GraphiQL's fonts and a few images are data: URLs inside its CSS.
 */
export const playgroundSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const homeSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

/** JSON that is safe inside a <script> element (no "</script>" can end it early). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function playgroundPage(
  assets: PlaygroundAssets,
  tabs: ExampleTab[],
  defaultHeaders: string,
): string {
  const options = {
    title: 'Khabar',
    endpoint: '/graphql',
    defaultTabs: tabs,
    defaultHeaders,
    // The variables show first: the headers only matter to editors, and the query says so.
    defaultEditorToolsVisibility: 'variables',
    // An editor key pasted into the headers stays out of the browser's storage.
    shouldPersistHeaders: false,
    workers: assets.workers,
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Khabar GraphQL playground</title>
    <link rel="icon" href="${assets.favicon}" />
    <link rel="stylesheet" href="${assets.styles}" />
    <link rel="stylesheet" href="${assets.localStyles}" />
  </head>
  <body class="no-focus-outline">
    <noscript>The playground needs JavaScript. The API answers POST /graphql without it.</noscript>
    <div id="root"></div>
    <script type="application/json" id="playground-options">${scriptJson(options)}</script>
    <script src="${assets.boot}"></script>
    <script src="${assets.script}"></script>
  </body>
</html>
`;
}

export function homePage(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Khabar</title>
    <style>
      body {
        font: 16px/1.5 system-ui, sans-serif;
        max-width: 42rem;
        margin: 3rem auto;
        padding: 0 1rem;
      }
      code { font-size: 0.9em; }
      li { margin: 0.5rem 0; }
    </style>
  </head>
  <body>
    <h1>Khabar</h1>
    <p>
      Arabic news about Russian diplomacy as a knowledge graph: articles, people,
      organizations, what they said, places, events and trade figures, served over GraphQL.
    </p>
    <ul>
      <li>
        <a href="/graphql">Playground</a>: GraphiQL with ready examples. Programs send
        <code>POST /graphql</code>.
      </li>
      <li>
        <a href="/schema.graphql">Schema</a>: every type and field, described (the same as
        the playground's Docs panel).
      </li>
      <li><a href="/health">Health</a> and <a href="/ready">readiness</a> checks.</li>
    </ul>
  </body>
</html>
`;
}
