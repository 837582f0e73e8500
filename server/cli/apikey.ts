// npm run apikey -- create --scope editor|reader --name <label>   (prints the key once, alone on
// the last line)
// npm run apikey -- list
// npm run apikey -- revoke <id or prefix>
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../db/apiKeyStore.js';
import { openDatabase } from '../db/client.js';

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { scope: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, target] = positionals;
  const database = await openDatabase(loadConfig().database);
  try {
    switch (command) {
      case 'create': {
        const scope = values.scope?.toUpperCase();
        if (scope !== 'EDITOR' && scope !== 'READER')
          throw new Error('--scope must be editor or reader');
        if (!values.name?.trim())
          throw new Error('--name <label> is required (who or what the key is for)');
        const { id, key } = await createApiKey(database.prisma, values.name.trim(), scope);
        console.log(
          `Created ${scope.toLowerCase()} key #${id} "${values.name.trim()}". ` +
            'It is shown only now; send it as "Authorization: Bearer <key>":',
        );
        console.log(key);
        return 0;
      }
      case 'list': {
        const keys = await listApiKeys(database.prisma);
        if (keys.length === 0) console.log('no API keys');
        for (const k of keys) {
          const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
          console.log(`#${k.id}\t${k.prefix}…\t${k.scope.toLowerCase()}\t${state}\t${k.name}`);
        }
        return 0;
      }
      case 'revoke': {
        if (!target) throw new Error('usage: npm run apikey -- revoke <id or prefix>');
        const count = await revokeApiKey(database.prisma, target);
        console.log(count ? `revoked ${count} key(s)` : `no active key matches "${target}"`);
        return count ? 0 : 1;
      }
      default:
        throw new Error(
          'usage: npm run apikey -- create --scope editor|reader --name <label>' +
            ' | list | revoke <id or prefix>',
        );
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
