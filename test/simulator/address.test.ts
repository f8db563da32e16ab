import { columnIndex, columnLetters, formatAddress, formatRect, MAX_COLUMNS, MAX_ROWS, parseAddress } from '../../src/simulator/address';
import fc from 'fast-check';

describe('addresses', () => {
  it('converts column letters both ways over the whole grid', () => {
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(MAX_COLUMNS - 1)]).toEqual(['A', 'Z', 'AA', 'XFD']);
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (c) => columnIndex(columnLetters(c)) === c));
  });

  it('parses cells, areas, sheet-qualified, quoted, whole columns and rows', () => {
    expect(parseAddress('B3')).toEqual({ rect: { r0: 2, c0: 1, r1: 2, c1: 1 } });
    expect(parseAddress('$A$1:C10').rect).toEqual({ r0: 0, c0: 0, r1: 9, c1: 2 });
    expect(parseAddress('Sheet1!A1:B2')).toEqual({ sheet: 'Sheet1', rect: { r0: 0, c0: 0, r1: 1, c1: 1 } });
    expect(parseAddress("'My Sheet'!A:A")).toEqual({ sheet: 'My Sheet', rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: 0 } });
    expect(parseAddress("'It''s'!2:3")).toEqual({ sheet: "It's", rect: { r0: 1, c0: 0, r1: 2, c1: MAX_COLUMNS - 1 } });
  });

  it('rejects what Excel rejects', () => {
    for (const bad of ['', 'A', '3', 'A0', 'XFE1', 'A1048577', 'A1:B', '1:B']) {
      expect(() => parseAddress(bad)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    }
  });

  it('formats round-trip through parse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_ROWS - 1 }),
        fc.integer({ min: 0, max: MAX_ROWS - 1 }),
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        (a, b, c, d) => {
          const rect = { r0: Math.min(a, b), r1: Math.max(a, b), c0: Math.min(c, d), c1: Math.max(c, d) };
          return JSON.stringify(parseAddress(formatAddress('My Sheet', rect, true))) === JSON.stringify({ sheet: 'My Sheet', rect });
        },
      ),
    );
    expect(formatRect({ r0: 0, c0: 1, r1: MAX_ROWS - 1, c1: 2 })).toBe('B:C');
    expect(formatAddress('Data 1', { r0: 0, c0: 0, r1: 0, c1: 0 })).toBe("'Data 1'!A1");
  });
});
