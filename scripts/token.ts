// Prints a development token (the local development identity only; never in production):
// `npm run -s token -- case_manager` (a demo user of that role) or `npm run -s token -- --user ID --role ROLE`.
import { parseArgs } from 'node:util';
import { developmentIdentity, developmentUsers } from '../src/auth/development-identity.js';
import { loadConfigOrExit } from '../src/config.js';
import { roleSchema, shortTextSchema } from '../src/domain/values.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    user: { type: 'string' },
    role: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
const usage = `usage: npm run -s token -- <role>   (one of ${developmentUsers.map((u) => u.role).join(', ')})
       npm run -s token -- --user <user id> --role <role>`;
if (values.help) {
  console.info(usage);
  process.exit(0);
}

const config = loadConfigOrExit();
if (config.auth.mode !== 'development-identity') {
  console.error(
    'tokens come from your identity provider: this configuration has no development identity',
  );
  process.exit(2);
}

const role = roleSchema.safeParse(values.role ?? positionals[0]);
const user = values.user === undefined ? undefined : shortTextSchema.safeParse(values.user);
if (!role.success || (user !== undefined && !user.success)) {
  console.error(usage);
  process.exit(2);
}
const actor = user?.success
  ? { userId: user.data, role: role.data }
  : developmentUsers.find((demo) => demo.role === role.data)!;
console.info(await developmentIdentity(config.auth.keyFile).mint(actor));
