/** Which Chromium the browser tests launch (test/browser/support/browser.ts; docs/testing.md). */
import { chooseChromium, DEBIAN_CHROMIUM } from '../browser/support/browser';

const installed = (path: string): boolean => path === DEBIAN_CHROMIUM;
const absent = (): boolean => false;

describe('chooseChromium', () => {
  it("uses Debian's Chromium when it is installed", () => {
    expect(chooseChromium({}, installed)).toMatchObject({ kind: 'path', path: DEBIAN_CHROMIUM });
  });
  it('falls back to the npm-shipped Chromium when Debian has none', () => {
    expect(chooseChromium({}, absent)).toMatchObject({ kind: 'npm' });
  });
  it('TIERS_NPM_CHROMIUM=1 forces the npm-shipped one over an installed Debian Chromium and CHROMIUM_PATH', () => {
    expect(chooseChromium({ TIERS_NPM_CHROMIUM: '1', CHROMIUM_PATH: '/opt/chrome' }, installed)).toMatchObject({ kind: 'npm' });
  });
  it('CHROMIUM_PATH names another binary, even one that is missing (launch then fails, never falls back)', () => {
    expect(chooseChromium({ CHROMIUM_PATH: '/opt/chrome' }, absent)).toMatchObject({ kind: 'path', path: '/opt/chrome' });
  });
  it('any other value of TIERS_NPM_CHROMIUM does not force it', () => {
    expect(chooseChromium({ TIERS_NPM_CHROMIUM: '0' }, installed)).toMatchObject({ kind: 'path', path: DEBIAN_CHROMIUM });
  });
});
