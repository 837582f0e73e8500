// What an outside app writes: plain JavaScript, no TypeScript, no build step.
// Run it against a running Khabar: KHABAR_URL=http://localhost:4000/graphql node index.mjs
import { createKhabarClient } from '@khabar/sdk';

const client = createKhabarClient({
  url: process.env.KHABAR_URL ?? 'http://localhost:4000/graphql',
});

console.log("Sergey Lavrov's statements:");
for await (const statement of client.paginate.statements({
  filter: { speaker: 'sergey-lavrov' },
})) {
  const words = statement.direct ? `«${statement.text}»` : statement.text;
  console.log(`  ${statement.saidOn ?? 'undated'}  ${words}  (${statement.article.slug})`);
}

console.log('Russia–Azerbaijan trade volume:');
for (const figure of await client.tradeSeries(['RU', 'AZ'])) {
  console.log(`  ${figure.year}  ${figure.amount} ${figure.currency}  ${figure.status}`);
}
