/** Entry point of the `tiers` command (bin/tiers.js runs it compiled by scripts/cliBuild.cjs, or through tsx). */
import { HELP, parseCommand } from './args';
import { InputError } from './errors';

export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const started = Date.now();
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      io.out(HELP);
      return EXIT.ok;
    }
    const progress = command.quiet ? () => undefined : (m: string) => io.err(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`);
    if (command.kind === 'sample') {
      // The sample's generator and exceljs's writer, loaded only for this command.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- tsx runs the CLI as CommonJS: import() would not resolve a .ts module
      const { runSample } = require('./commands/sample') as typeof import('./commands/sample');
      await runSample(command.args, progress);
      progress(`Wrote ${command.args.out}`);
      return EXIT.ok;
    }
    // Loaded only for this command, like the sample's: `tiers --help` starts without the scoring code and zod (docs/benchmarks.md, "Sixth session").
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
    const { runScore } = require('./commands/score') as typeof import('./commands/score');
    const warnings = await runScore(command.args, progress);
    for (const w of warnings) io.err(`warning: ${w}`);
    progress('Done');
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`error: ${error.message}`);
      for (const d of error.details) io.err(`  ${d}`);
      return EXIT.badInput;
    }
    io.err(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.failure;
  }
}
