// The last step of `npm test`: prints, one line each, the checks the run skipped (their tests leave a
// note in .cache/test-notes/), then removes the notes. With CI=true a skipped check fails the run.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', '.cache', 'test-notes');
const notes = existsSync(dir)
  ? readdirSync(dir)
      .sort()
      .map((name) => join(dir, name))
  : [];
for (const note of notes) {
  console.log(readFileSync(note, 'utf8').trim());
  rmSync(note, { force: true });
}
if (notes.length > 0 && process.env.CI === 'true') {
  console.error('CI=true: every check must run in CI.');
  process.exit(1);
}
