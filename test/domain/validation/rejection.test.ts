import fc from 'fast-check';
import { asciiText, isBlankCell, trimText } from '../../../src/domain/validation/rejection';

// Every character String.prototype.trim removes, and printable ASCII around them.
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const TEXTS = ['', 'a', 'C0004444', '!', '~', 'Line 4', '12" pipe', '\u00e9t\u00e9', '\uff11\uff12', '#N/A', 'x\u0080', '\u007f', '\u0000a'];

describe('trimText', () => {
  it('is String.prototype.trim on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('', ...SPACES), (text, space) => trimText(space + text) === (space + text).trim()));
  });

  it('is String.prototype.trim on texts with and without white space at either end', () => {
    for (const text of TEXTS) {
      expect(trimText(text)).toBe(text.trim());
      for (const space of SPACES) {
        for (const padded of [space + text, text + space, space + text + space, space]) expect(trimText(padded)).toBe(padded.trim());
      }
    }
  });
});

describe('isBlankCell', () => {
  it('is blank for empty and white-space texts only', () => {
    for (const space of SPACES) expect(isBlankCell(space + space)).toBe(true);
    for (const text of TEXTS) expect(isBlankCell(` ${text} `)).toBe(text.trim() === '');
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(null)).toBe(true);
  });
});

describe('asciiText', () => {
  it('keeps ASCII as it is (trimmed) and normalises full-width characters', () => {
    expect(asciiText(' C0004444 ')).toBe('C0004444');
    expect(asciiText('\u007f')).toBe('\u007f');
    expect(asciiText('\uff23\uff10\uff11')).toBe('C01');
    expect(asciiText('\u2212 5')).toBe('- 5');
    expect(asciiText('x\u0080')).toBe('x\u0080'.normalize('NFKC'));
  });
});
