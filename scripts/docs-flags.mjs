// Writes the README's flag reference (between the flags:start and flags:end
// markers) from each command's declaration in src/cli/declarations.
// Run with `npm run docs:flags`; tests/cli/readme-flags.test.ts fails while
// the committed README and the declarations disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { COMMAND_DECLARATIONS } from '../src/cli/main.ts';
import { flagsReference, withReference } from '../src/cli/flags-reference.ts';

const file = new URL('../README.md', import.meta.url);
const readme = readFileSync(file, 'utf8');
const updated = withReference(readme, flagsReference(COMMAND_DECLARATIONS));
if (updated === undefined) {
  console.error('README.md has no flags:start / flags:end markers: put them where the flag reference belongs, then run this again.');
  process.exit(1);
}
if (updated === readme) console.log('README.md: the flag reference is up to date.');
else {
  writeFileSync(file, updated);
  console.log('README.md: flag reference written.');
}
