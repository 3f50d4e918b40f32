// Writes the resolvers' types generated from schema/*.graphql (`npm run codegen`), or with `--check`
// exits 1 when the file on disk is not what the SDL generates.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateResolverTypes, resolverTypesPath } from './resolver-types.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const generated = await generateResolverTypes();
if (values.check) {
  const current = readFileSync(resolverTypesPath, 'utf8');
  if (current !== generated) {
    console.error(`${resolverTypesPath} is stale: run npm run codegen`);
    process.exit(1);
  }
  console.info('resolver types match the schema');
} else {
  writeFileSync(resolverTypesPath, generated);
  console.info(`wrote ${resolverTypesPath}`);
}
