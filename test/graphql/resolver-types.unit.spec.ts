import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateResolverTypes, resolverTypesPath } from '../../scripts/resolver-types.js';

describe('the resolvers’ generated types', () => {
  it('are what schema/*.graphql generates today, so resolvers are type-checked against the SDL', async () => {
    // Given the SDL as committed, when the types are generated again,
    // then the committed file is the same: run `npm run codegen` after changing the schema.
    expect(readFileSync(resolverTypesPath, 'utf8')).toBe(await generateResolverTypes());
  }, 30_000);
});
