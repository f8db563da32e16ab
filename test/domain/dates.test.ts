import fc from 'fast-check';
import { civilFromDay, dayFromCivil, dayFromDateText, dayFromExcelSerial, dayFromIso, excelSerialFromDay, inferDateOrder, isoFromDay } from '../../src/domain/dates';

const MS_PER_DAY = 86_400_000;
const utcDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / MS_PER_DAY;

describe('day numbers', () => {
  it('agree with Date.UTC over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const date = new Date(day * MS_PER_DAY);
        expect(civilFromDay(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(dayFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(day);
      }),
    );
  });

  it('round-trip through ISO text', () => {
    fc.assert(fc.property(fc.integer({ min: -25_567, max: 47_481 }), (day) => expect(dayFromIso(isoFromDay(day))).toBe(day)));
    expect(isoFromDay(0)).toBe('1970-01-01');
    expect(dayFromIso('2024-02-29')).toBe(utcDay(2024, 2, 29));
    expect(dayFromIso('2023-02-29')).toBeNaN();
    expect(dayFromIso('2024-3-5')).toBeNaN();
  });
});

describe('Excel serials (1900 date system)', () => {
  it('match known dates', () => {
    expect(dayFromExcelSerial(1)).toBe(utcDay(1900, 1, 1));
    expect(dayFromExcelSerial(59)).toBe(utcDay(1900, 2, 28));
    expect(dayFromExcelSerial(61)).toBe(utcDay(1900, 3, 1));
    expect(dayFromExcelSerial(25569)).toBe(0);
    expect(dayFromExcelSerial(45356)).toBe(utcDay(2024, 3, 5));
    expect(dayFromExcelSerial(45356.75)).toBe(utcDay(2024, 3, 5));
  });

  it('has no day for the fake 1900-02-29 (serial 60) or for serials below 1', () => {
    expect(dayFromExcelSerial(60)).toBeNaN();
    expect(dayFromExcelSerial(0)).toBeNaN();
    expect(dayFromExcelSerial(-5)).toBeNaN();
    expect(dayFromExcelSerial(Number.NaN)).toBeNaN();
  });

  it('round-trip for every real day, skipping serial 60', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80_000 }).filter((s) => s !== 60),
        (serial) => {
          expect(excelSerialFromDay(dayFromExcelSerial(serial))).toBe(serial);
        },
      ),
    );
  });
});

describe('date texts', () => {
  const mar5 = utcDay(2024, 3, 5);
  it.each([
    ['2024-03-05', 'YMD'],
    ['2024-03-05 14:30', 'YMD'],
    ['2024-03-05T14:30:00.000Z', 'YMD'],
    ['2024-03-05T14:30:00+08:00', 'YMD'],
    ['2024/3/5', 'YMD'],
    ['2024.03.05', 'DMY'],
    ['2024年3月5日', 'MDY'],
    ['2024 年 3 月 5 日', 'YMD'],
    ['2024年03月05号', 'YMD'],
    ['05.03.2024', 'YMD'],
    ['05/03/2024', 'DMY'],
    ['03/05/2024', 'MDY'],
    ['3/5/2024', 'MDY'],
    ['5-3-2024', 'DMY'],
    ['20240305', 'YMD'],
    ['5 Mar 2024', 'YMD'],
    ['05-Mar-2024', 'MDY'],
    ['March 5, 2024', 'DMY'],
    ['Mar 5th 2024', 'YMD'],
    // Taiwan's Minguo calendar: year 113 is 2024.
    ['113/03/05', 'DMY'],
    ['113-3-5', 'MDY'],
    ['113.03.05 09:15', 'YMD'],
    ['113年3月5日', 'YMD'],
    ['民國113年3月5日', 'YMD'],
    ['民国 113 年 03 月 05 日', 'YMD'],
    ['中華民國113年3月5日', 'YMD'],
    ['民國113/03/05', 'MDY'],
  ] as const)('%s (%s) is 2024-03-05', (text, order) => {
    expect(dayFromDateText(text, order)).toBe(mar5);
  });

  it('reads a Minguo year after 民國 whatever its digits: 民國99年 is 2010, 民國1年1月1日 is 1912-01-01', () => {
    expect(dayFromDateText('民國99年3月5日', 'YMD')).toBe(utcDay(2010, 3, 5));
    expect(dayFromDateText('民國1年1月1日', 'YMD')).toBe(utcDay(1912, 1, 1));
  });

  it('reads year-last dates by the number that can only be a day, whatever the order', () => {
    for (const order of ['DMY', 'MDY', 'YMD'] as const) {
      expect(dayFromDateText('13/03/2024', order)).toBe(utcDay(2024, 3, 13));
      expect(dayFromDateText('03/13/2024', order)).toBe(utcDay(2024, 3, 13));
    }
  });

  it.each([
    ['05/03/2024', 'YMD', 'ambiguous day/month order'],
    ['2024-02-30', 'YMD', 'no such date'],
    ['31/04/2024', 'DMY', 'no such date'],
    ['13/13/2024', 'DMY', 'no such date'],
    ['3/5/24', 'MDY', 'not a date'],
    ['yesterday', 'YMD', 'not a date'],
    ['2024-03-05 lunch', 'YMD', 'not a date'],
    ['Smarch 5, 2024', 'YMD', 'no such date'],
    // A two-digit year is a Minguo year only after 民國; 113/02/30 is no date in any calendar.
    ['99/03/05', 'YMD', 'not a date'],
    ['113/02/30', 'YMD', 'no such date'],
  ] as const)('%s (%s) fails with "%s"', (text, order, reason) => {
    expect(dayFromDateText(text, order)).toBe(reason);
  });

  it('infers the date order from year-last texts', () => {
    expect(inferDateOrder(['01/02/2024', '25/12/2024', 45000, null])).toBe('DMY');
    expect(inferDateOrder(['01/02/2024', '12/25/2024'])).toBe('MDY');
    expect(inferDateOrder(['01/02/2024', '2024-12-25'])).toBeNull();
  });
});
