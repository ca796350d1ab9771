// Run by attack.test.ts in a process of its own, as an attacker is: sends the four attacks of issue 8,
// one after the other, `rounds` times, to the gateway at argv[2], and prints what came back. Its CPU is
// its own, so the test's process.cpuUsage() sees only the server's work.
import { ATTACKS } from './attacks.ts';

const [base, rounds = '1'] = process.argv.slice(2);
const apiKey = process.env.ATTACK_API_KEY;
let run = 0;

async function send(name: string, query: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${apiKey}`,
      'x-attack': name,
    },
    // A comment makes every request a new document, so that no parse or validation cache answers for it.
    body: JSON.stringify({ query: `# run ${++run}\n${query}` }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { name, status: response.status, code: body.errors?.[0]?.extensions?.code };
}

console.log('attacking');
const results = [];
for (let round = 0; round < Number(rounds); round++) {
  for (const [name, query] of Object.entries(ATTACKS)) results.push(await send(name, query));
}
console.log(JSON.stringify(results));
