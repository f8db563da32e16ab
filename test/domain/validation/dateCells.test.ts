import { dayFromCivil } from '../../../src/domain/dates';
import { parseDateCell } from '../../../src/domain/validation/dateCells';
import { isRejection } from '../../../src/domain/validation/rejection';

const reasonOf = (value: unknown): string => (isRejection(value) ? value.reason : `value ${String(value)}`);

describe('parseDateCell', () => {
  it.each([
    [45356, 2024, 3, 5],
    [45356.5, 2024, 3, 5],
    [61, 1900, 3, 1],
    [1, 1900, 1, 1],
    [20240305, 2024, 3, 5],
    ['2024-03-05', 2024, 3, 5],
    ['２０２４－０３－０５', 2024, 3, 5],
    ['2024/3/5', 2024, 3, 5],
    ['2024年3月5日', 2024, 3, 5],
    [' 05.03.2024 ', 2024, 3, 5],
    ['2100-12-31', 2100, 12, 31],
  ] as const)('%j is %d-%d-%d', (input, y, m, d) => {
    expect(parseDateCell(input, 'YMD')).toBe(dayFromCivil(y, m, d));
  });

  it('uses the configured order for ambiguous year-last dates', () => {
    expect(parseDateCell('05/03/2024', 'DMY')).toBe(dayFromCivil(2024, 3, 5));
    expect(parseDateCell('05/03/2024', 'MDY')).toBe(dayFromCivil(2024, 5, 3));
  });

  it.each([
    [60, 'no such date; Excel serial 60 is the non-existent 1900-02-29'],
    [0, 'date out of range; expected 1900-2100'],
    [-1, 'date out of range; expected 1900-2100'],
    [80000, 'date out of range; expected 1900-2100'],
    [99991231, 'date out of range; expected 1900-2100'],
    [20241301, 'not a date'],
    ['1899-12-31', 'date out of range; expected 1900-2100'],
    ['2101-01-01', 'date out of range; expected 1900-2100'],
    ['05/03/2024', 'ambiguous day/month order'],
    ['2024-02-30', 'no such date'],
    ['soon', 'not a date'],
    [true, 'TRUE/FALSE is not a date'],
    ['#N/A', 'Excel error #N/A'],
    ['#DIV/0!', 'Excel error #DIV/0!'],
    [Number.NaN, 'not a date'],
    ['', 'blank'],
  ] as const)('%j is rejected: %s', (input, reason) => {
    expect(reasonOf(parseDateCell(input, 'YMD'))).toBe(reason);
  });
});

describe('parseDateCell in the 1904 date system', () => {
  // learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system: 1904-01-01 is serial 0, 2024-03-05 is 45356 - 1462.
  it.each([
    [0, 1904, 1, 1],
    [43894, 2024, 3, 5],
    [43894.75, 2024, 3, 5],
    [20240305, 2024, 3, 5],
    ['2024-03-05', 2024, 3, 5],
  ] as const)('%j is %d-%d-%d', (input, y, m, d) => {
    expect(parseDateCell(input, 'YMD', true)).toBe(dayFromCivil(y, m, d));
  });
});
