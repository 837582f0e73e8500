#!/usr/bin/env node
// Lists every line over 100 characters in the git-tracked *.ts, *.mjs and *.js files, and
// exits 1 if there is one. Biome wraps code at 100 but leaves long strings alone (issue 11).
// Generated code is skipped: it is rewritten by codegen, never by hand.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const maxLength = 100;
const generated = ['server/generated/', 'sdk/src/gql/', 'sdk/dist/'];

const tracked = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.mjs', '*.js'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
  .split('\0')
  .filter((file) => file !== '' && !generated.some((dir) => file.startsWith(dir)));

let longLines = 0;
for (const file of tracked) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // tracked but deleted in the working tree
  }
  text.split(/\r?\n/).forEach((line, index) => {
    // Characters (code points), not UTF-16 units or bytes: Arabic text counts one per letter.
    const length = [...line].length;
    if (length > maxLength) {
      longLines++;
      console.log(`${file}:${index + 1}: ${length} characters`);
    }
  });
}

if (longLines > 0) {
  console.error(`${longLines} line(s) over ${maxLength} characters.`);
  process.exit(1);
}
