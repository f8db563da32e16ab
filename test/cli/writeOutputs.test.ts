/**
 * OUT.xlsx, the JSON and the CSV are written side by side (src/cli/commands/score.ts,
 * writeOutputs): each to a temporary beside it, renamed into place only when all are whole; a
 * failure of any leaves none of them written or replaced, and no temporary behind. The text
 * writers yield the main thread while they run, so the others' callbacks (deflate, file writes)
 * are not held up until they finish.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutputs, type OutputFile } from '../../src/cli/commands/score';
import { InputError } from '../../src/cli/errors';
import { TURN_BYTES, writeTextFile } from '../../src/cli/score/textFile';

describe('writeOutputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiers-outputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = (path: string, body: string, delay = 0): OutputFile => ({
    path,
    write: (temporary) =>
      writeTextFile(temporary, async ({ out }) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        out(body);
      }),
  });

  it('puts every file in place once all are written, leaving no temporary', async () => {
    const paths = ['a.xlsx', 'a.csv', 'a.json'].map((n) => join(dir, 'ok', n));
    rmSync(join(dir, 'ok'), { recursive: true, force: true });
    mkdirSync(join(dir, 'ok'));
    await writeOutputs(paths.map((p, k) => text(p, `file ${k}\n`, 10 * (3 - k))));
    expect(paths.map((p) => readFileSync(p, 'utf8'))).toEqual(['file 0\n', 'file 1\n', 'file 2\n']);
    expect(readdirSync(join(dir, 'ok')).sort()).toEqual(['a.csv', 'a.json', 'a.xlsx']);
  });

  it('writes none and replaces none when one fails, whichever finishes first, and names the file it could not write', async () => {
    const sub = join(dir, 'fail');
    mkdirSync(sub);
    const kept = join(sub, 'old.xlsx');
    writeFileSync(kept, 'the user file before the run');
    // The JSON's folder does not exist: its write fails at once while the others are still going.
    const missing = join(sub, 'no-such-folder', 'r.json');
    const error = await writeOutputs([text(kept, 'new workbook', 30), text(join(sub, 'r.csv'), 'csv', 5), text(missing, '{}')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`Cannot write ${missing} (ENOENT).`);
    expect((error as InputError).details).toEqual(['No output file was written or replaced.']);
    expect(readFileSync(kept, 'utf8')).toBe('the user file before the run');
    expect(readdirSync(sub).sort()).toEqual(['old.xlsx']);
  });

  it('passes on an error that is not the file system refusing, after removing the temporaries', async () => {
    const sub = join(dir, 'bug');
    mkdirSync(sub);
    const failing: OutputFile = {
      path: join(sub, 'x.json'),
      write: (temporary) =>
        writeTextFile(temporary, ({ out }) => {
          out('{"half":');
          throw new Error('a writer failed half way');
        }),
    };
    await expect(writeOutputs([text(join(sub, 'x.xlsx'), 'workbook', 20), failing])).rejects.toThrow('a writer failed half way');
    expect(existsSync(join(sub, 'x.xlsx'))).toBe(false);
    expect(readdirSync(sub)).toEqual([]);
  });
});

describe('writeTextFile beside other writers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiers-turns-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the event loop a turn about every TURN_BYTES it makes, and writes the same bytes', async () => {
    const line = `${'x'.repeat(1023)}\n`;
    const lines = 8 * (TURN_BYTES / 1024);
    // Another writer's callbacks stand for zlib's and the file queue's: they run only on a turn of the loop.
    let ticks = 0;
    let producing = true;
    const tick = (): void => {
      if (!producing) return;
      ticks++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const path = join(dir, 'big.txt');
    await writeTextFile(path, async ({ out, ready }) => {
      for (let i = 0; i < lines; i++) {
        out(line);
        const wait = ready();
        if (wait) await wait;
      }
      producing = false;
    });
    // 8 MB made, under the file queue's limit (it never waits): without the turns the other writer would not run at all.
    expect(ticks).toBeGreaterThanOrEqual(7);
    const written = readFileSync(path);
    expect(written.length).toBe(lines * 1024);
    expect(written.equals(Buffer.from(line.repeat(lines)))).toBe(true);
  });
});
