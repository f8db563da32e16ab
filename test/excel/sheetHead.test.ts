import { headerRowOf } from '../../src/excel/sheetHead';

describe('headerRowOf', () => {
  it('takes the row with the most text cells among the first rows, the first one on a tie', () => {
    expect(
      headerRowOf([
        ['Sales report 2025', null, null],
        [null, null, null],
        ['Date', 'Client', 'Total'],
        ['2025-01-02', 'C1', 100],
      ]),
    ).toBe(2);
    expect(
      headerRowOf([
        ['A', 'B'],
        ['C', 'D'],
      ]),
    ).toBe(0);
    expect(
      headerRowOf([
        [1, 2],
        [null, '  '],
      ]),
    ).toBe(-1);
  });
});
