/** LibreOffice (headless) as a real client: .xlsx -> PDF -> grey pixels of one page. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function which(command: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const INSTALL_HINT = 'install LibreOffice Calc and Poppler (Debian: apt-get install libreoffice-calc-nogui poppler-utils)';

/** What is missing for the rendering check, or null when `soffice` and Poppler are on PATH. */
export function missingRenderTools(): string | null {
  const missing = ['soffice', 'pdftoppm', 'pdfinfo', 'pdftotext'].filter((tool) => !which(tool));
  return missing.length ? `${missing.map((t) => `\`${t}\``).join(', ')} not on PATH; ${INSTALL_HINT}` : null;
}

/** The tools, or an error saying what to install (CI sets CI=true so the check cannot be skipped there). */
export function renderTools(): { soffice: string; pdftoppm: string; pdfinfo: string; pdftotext: string } {
  const soffice = which('soffice');
  const pdftoppm = which('pdftoppm');
  const pdfinfo = which('pdfinfo');
  const pdftotext = which('pdftotext');
  if (!soffice || !pdftoppm || !pdfinfo || !pdftotext) throw new Error(`The LibreOffice rendering check cannot run: ${missingRenderTools()}.`);
  return { soffice, pdftoppm, pdfinfo, pdftotext };
}

/** Converts the workbooks to PDF in `dir` with a private LibreOffice profile (other runs may be open). */
export function toPdf(files: readonly string[], dir: string): string[] {
  const { soffice } = renderTools();
  execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return files.map((f) => join(dir, basename(f).replace(/\.xlsx$/, '.pdf')));
}

export function pageCount(pdf: string): number {
  const info = execFileSync(renderTools().pdfinfo, [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function pageText(pdf: string, page: number): string {
  return execFileSync(renderTools().pdftotext, ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
}

export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Binary PGM (P5, maxval 255): a header of four tokens and the pixels. */
export function parsePgm(data: Buffer): GreyImage {
  const tokens: string[] = [];
  let p = 0;
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(data[p] ?? 32))) p++;
    if (data[p] === 0x23) {
      while (data[p] !== 0x0a) p++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(data[p] ?? 32))) token += String.fromCharCode(data[p++] as number);
    tokens.push(token);
  }
  if (tokens[0] !== 'P5' || tokens[3] !== '255') throw new Error(`not an 8-bit binary PGM: ${tokens.join(' ')}`);
  const width = Number(tokens[1]);
  const height = Number(tokens[2]);
  return { width, height, pixels: data.subarray(p + 1, p + 1 + width * height) };
}

/** Renders one page as greyscale (and as PNG beside it, for a human to look at). */
export function renderPage(pdf: string, page: number, dir: string, name: string, dpi = 60): GreyImage {
  const { pdftoppm } = renderTools();
  const args = ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile'];
  execFileSync(pdftoppm, [...args, '-gray', pdf, join(dir, name)]);
  execFileSync(pdftoppm, [...args, '-png', pdf, join(dir, name)]);
  const pgm = readdirSync(dir).find((f) => f === `${name}.pgm`);
  if (!pgm) throw new Error(`pdftoppm wrote no ${name}.pgm`);
  return parsePgm(readFileSync(join(dir, pgm)));
}

/** Non-white pixels in a box given as fractions of the page. */
export function inkIn(image: GreyImage, box: { left: number; top: number; right: number; bottom: number }): number {
  let ink = 0;
  const x0 = Math.floor(box.left * image.width);
  const x1 = Math.floor(box.right * image.width);
  const y0 = Math.floor(box.top * image.height);
  const y1 = Math.floor(box.bottom * image.height);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if ((image.pixels[y * image.width + x] as number) < 220) ink++;
  return ink;
}

/**
 * The note `npm test` prints at its end (scripts/test-notes.mjs) when the rendering check was
 * skipped; removed whenever the check runs, so it never outlives the run that skipped it.
 */
export const RENDER_NOTE = join(__dirname, '..', '..', '..', '.cache', 'test-notes', 'render-check.txt');

export function noteRenderCheckSkipped(reason: string): void {
  mkdirSync(dirname(RENDER_NOTE), { recursive: true });
  writeFileSync(RENDER_NOTE, `Skipped the LibreOffice rendering check (test/cli/render.test.ts): ${reason}, then run npm test again.\n`);
}

export function clearRenderCheckNote(): void {
  rmSync(RENDER_NOTE, { force: true });
}
