// The playground's static files: GraphiQL as @graphql-yoga/render-graphiql ships it (its
// script, styles with the fonts inlined, Monaco's web workers, the icon) and our own boot
// script and styles. Served from memory under content-hashed names, so a browser keeps
// them for good, and gzipped once for browsers that accept it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

export const assetsPath = '/playground/';

export interface Asset {
  /** The URL path, e.g. /playground/graphiql.3f2a….js */
  path: string;
  contentType: string;
  body: Buffer;
  gzipped: Promise<Buffer>;
}

/** The asset URLs the page needs, by role. */
export interface PlaygroundAssets {
  script: string;
  styles: string;
  boot: string;
  localStyles: string;
  favicon: string;
  /** Monaco's workers by the label it asks for. */
  workers: Record<'editorWorkerService' | 'json' | 'graphql', string>;
  byPath: Map<string, Asset>;
}

const gzipAsync = promisify(gzip);

const javascript = 'text/javascript; charset=utf-8';

function asset(name: string, extension: string, contentType: string, content: string | Buffer) {
  const body = typeof content === 'string' ? Buffer.from(content) : content;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  let gzipped: Promise<Buffer> | undefined;
  return {
    path: `${assetsPath}${name}.${hash}.${extension}`,
    contentType,
    body,
    get gzipped() {
      gzipped ??= gzipAsync(body);
      return gzipped;
    },
  } satisfies Asset;
}

function ownFile(name: string): Buffer {
  return readFileSync(new URL(`./${name}`, import.meta.url));
}

/** The favicon ships as a data: URL; served as a file, it is one request cached for good. */
function dataUrlBytes(dataUrl: string): { contentType: string; bytes: Buffer } {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('render-graphiql: the favicon is not a base64 data: URL');
  return { contentType: match[1]!, bytes: Buffer.from(match[2]!, 'base64') };
}

async function loadAssets(): Promise<PlaygroundAssets> {
  // About 9 MB of JavaScript and CSS: loaded when the playground is first asked for.
  const graphiql = await import('@graphql-yoga/render-graphiql/graphiql');
  const icon = dataUrlBytes(graphiql.favicon);
  const files = {
    script: asset('graphiql', 'js', javascript, graphiql.js),
    styles: asset('graphiql', 'css', 'text/css; charset=utf-8', graphiql.css),
    boot: asset('boot', 'js', javascript, ownFile('boot.js')),
    localStyles: asset('khabar', 'css', 'text/css; charset=utf-8', ownFile('playground.css')),
    favicon: asset('favicon', 'ico', icon.contentType, icon.bytes),
    editorWorkerService: asset('editor.worker', 'js', javascript, graphiql.editorWorkerService),
    json: asset('json.worker', 'js', javascript, graphiql.jsonWorker),
    graphql: asset('graphql.worker', 'js', javascript, graphiql.graphqlWorker),
  };
  return {
    script: files.script.path,
    styles: files.styles.path,
    boot: files.boot.path,
    localStyles: files.localStyles.path,
    favicon: files.favicon.path,
    workers: {
      editorWorkerService: files.editorWorkerService.path,
      json: files.json.path,
      graphql: files.graphql.path,
    },
    byPath: new Map(Object.values(files).map((file) => [file.path, file])),
  };
}

let loaded: Promise<PlaygroundAssets> | undefined;

export function playgroundAssets(): Promise<PlaygroundAssets> {
  loaded ??= loadAssets();
  return loaded;
}
