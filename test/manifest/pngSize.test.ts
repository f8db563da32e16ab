import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPngSize } from '../../src/manifest/pngSize';

const assetsDir = resolve(__dirname, '..', '..', 'assets');

describe('readPngSize', () => {
  const icons = readdirSync(assetsDir).filter((f) => /^icon-\d+\.png$/.test(f));

  it('finds the icons the manifest needs', () => {
    expect(icons.sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
  });

  it.each(icons)('reads %s as the square its name says', (file) => {
    const side = Number(/\d+/.exec(file)?.[0]);
    expect(readPngSize(readFileSync(resolve(assetsDir, file)))).toEqual({ width: side, height: side });
  });

  it('rejects bytes that are not a PNG', () => {
    expect(readPngSize(new TextEncoder().encode('<!doctype html><html></html>'))).toBeNull();
  });

  it('rejects a PNG cut short before its header chunk', () => {
    expect(readPngSize(readFileSync(resolve(assetsDir, 'icon-16.png')).subarray(0, 20))).toBeNull();
  });
});
