import fc from 'fast-check';
import { numberFromText, parseNumberCell, parseShareCell } from '../../../src/domain/validation/numbers';
import { isRejection } from '../../../src/domain/validation/rejection';

const reasonOf = (value: unknown): string => (isRejection(value) ? value.reason : `value ${String(value)}`);

describe('parseNumberCell', () => {
  it.each([
    [1234.5, false, 1234.5],
    [-3, false, -3],
    ['1234.5', false, 1234.5],
    ['1,234.50', false, 1234.5],
    ['1,234,567', false, 1234567],
    ["1'234.5", false, 1234.5],
    ['  42  ', false, 42],
    ['+7', false, 7],
    ['.5', false, 0.5],
    ['1e3', false, 1000],
    ['(120.00)', false, -120],
    ['( 1,200 )', false, -1200],
    ['\u2212120', false, -120],
    ['-$5', false, -5],
    ['$-5', false, -5],
    ['$1,234.50', false, 1234.5],
    ['€12', false, 12],
    ['£ 3.5', false, 3.5],
    ['¥1,234', false, 1234],
    ['￥1,234', false, 1234],
    ['RMB 1,000', false, 1000],
    ['CNY1000', false, 1000],
    ['USD 1,000.25', false, 1000.25],
    ['1,000 usd', false, 1000],
    ['1000元', false, 1000],
    ['1,234.5 元', false, 1234.5],
    ['１２３４．５', false, 1234.5],
    ['－１２', false, -12],
    ['35%', false, 0.35],
    ['1 234,50', true, 1234.5],
    ['1\u00a0234,50', true, 1234.5],
    ['1.234,50', true, 1234.5],
    ['1.234.567', true, 1234567],
    ['12,5', true, 12.5],
    ['12.5', true, 12.5],
    ['€ 1.234,50', true, 1234.5],
    ['1 234', false, 1234],
  ] as const)('%j (decimal comma %s) is %d', (input, decimalComma, expected) => {
    expect(parseNumberCell(input, decimalComma)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['abc', false, 'not a number'],
    ['12abc', false, 'not a number'],
    ['1,2,3', false, 'not a number'],
    ['1,23', false, 'not a number'],
    ['1 234,50', false, 'not a number'],
    ['1.2.3', true, 'not a number'],
    ['--5', false, 'not a number'],
    ['$', false, 'not a number'],
    ['#N/A', false, 'Excel error #N/A'],
    ['#DIV/0!', false, 'Excel error #DIV/0!'],
    ['#VALUE!', false, 'Excel error #VALUE!'],
    ['#REF!', false, 'Excel error #REF!'],
    ['#NAME?', false, 'Excel error #NAME?'],
    [true, false, 'TRUE/FALSE is not a number'],
    [Number.POSITIVE_INFINITY, false, 'not a finite number'],
    ['1e999', false, 'not a finite number'],
    ['', false, 'blank'],
    ['   ', false, 'blank'],
    [null, false, 'blank'],
  ] as const)('%j (decimal comma %s) is rejected: %s', (input, decimalComma, reason) => {
    expect(reasonOf(parseNumberCell(input, decimalComma))).toBe(reason);
  });

  it('reports a percent sign', () => {
    expect(numberFromText('35%', false)).toEqual({ value: 0.35, percent: true });
    expect(numberFromText('35', false)).toEqual({ value: 35, percent: false });
  });
});

describe('parseShareCell', () => {
  it.each([
    [0.35, 0.35],
    [35, 0.35],
    ['35%', 0.35],
    ['35', 0.35],
    ['０．３', 0.3],
    [1, 1],
    [0, 0],
    [100, 1],
    ['100%', 1],
    ['0.5%', 0.005],
  ] as const)('%j is %d', (input, expected) => {
    expect(parseShareCell(input, false)).toBeCloseTo(expected, 12);
  });

  it.each([[-0.1], [101], ['150%'], ['-5%']] as const)('%j is out of range', (input) => {
    expect(reasonOf(parseShareCell(input, false))).toBe('share out of range; expected 0-1 or 0-100%');
  });

  it('passes other rejections through', () => {
    expect(reasonOf(parseShareCell('lots', false))).toBe('not a number');
    expect(reasonOf(parseShareCell('', false))).toBe('blank');
  });
});

describe('formatted numbers (property)', () => {
  const amount = fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((x) => Math.round(x * 100) / 100);
  it('read back to the number Excel would show, in both separator styles', () => {
    fc.assert(
      fc.property(amount, (x) => {
        const options = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
        expect(parseNumberCell(x.toLocaleString('en-US', options), false)).toBe(Number(x.toFixed(2)));
        expect(parseNumberCell(x.toLocaleString('de-DE', options), true)).toBe(Number(x.toFixed(2)));
        expect(parseNumberCell(`¥${x.toLocaleString('en-US', options)}`, false)).toBe(Number(x.toFixed(2)));
      }),
    );
  });
});
