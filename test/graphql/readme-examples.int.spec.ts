import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentUsers } from '../../src/auth/development-identity.js';
import { startApi } from '../support/api-harness.js';

/** Each `curl … /graphql` example of the README's "Querying it" with the JSON printed after it. */
function readmeExamples(): { body: string; headers: Record<string, string>; printed: unknown }[] {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Querying it'), readme.indexOf('## Read models'));
  const blocks = [...section.matchAll(/```(sh|json)\n([\s\S]*?)```/g)].map((m) => ({
    kind: m[1],
    text: m[2]!,
  }));
  const examples = [];
  for (let i = 0; i < blocks.length - 1; i += 1) {
    const command = blocks[i]!;
    const output = blocks[i + 1]!;
    if (command.kind !== 'sh' || output.kind !== 'json' || !command.text.includes('/graphql'))
      continue;
    const body = /-d '([\s\S]*?)'\s*$/.exec(command.text.trim())?.[1];
    if (!body) throw new Error('a README example has no -d body');
    const headers = Object.fromEntries(
      [...command.text.matchAll(/-H "([a-z-]+): ([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    examples.push({
      body: body.replace(/\\\n\s*/g, ''),
      headers,
      printed: JSON.parse(output.text) as unknown,
    });
  }
  return examples;
}

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  // The README's ids and outputs are those of the demo cohort `npm start` seeds on an empty store.
  api = await startApi({ demoCohort: true });
});
afterAll(() => api.stop());

describe('the README’s example queries', () => {
  const examples = readmeExamples();

  it('are there to check, each sent with a token', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(example.headers.authorization).toBe('Bearer $TOKEN');
  });

  for (const [index, example] of examples.entries()) {
    it(`example ${index + 1} answers exactly what the README prints`, async () => {
      // `$TOKEN` is what `npm run -s token -- case_manager` prints: the demo case manager's token.
      const token = await api.tokenFor(developmentUsers[0]!);
      const headers = Object.fromEntries(
        Object.entries(example.headers).map(([name, value]) => [
          name,
          value.replace('$TOKEN', token),
        ]),
      );
      const response = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: example.body,
      });
      expect(await response.json()).toEqual(example.printed);
    });
  }
});
