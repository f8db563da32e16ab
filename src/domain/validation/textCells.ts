/** Text cells and customer ids. */
import type { CellValue } from '../model';
import { asciiText, BLANK, excelErrorRejection, isBlankCell, trimText, type Rejection } from './rejection';

/** A number's plain decimal form: 1001 -> "1001", never "1.001e+3"; huge integers spelt out. */
export function plainNumberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
  return String(value);
}

export function parseTextCell(value: CellValue | undefined): string | Rejection {
  if (typeof value === 'number') return plainNumberText(value);
  if (isBlankCell(value)) return BLANK;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = value as string;
  return excelErrorRejection(text) ?? trimText(text);
}

/** Customer and order ids: trimmed text, full-width digits made ASCII; 1001 and "1001" are the same id. */
export function normaliseId(value: CellValue | undefined): string | Rejection {
  const text = parseTextCell(value);
  if (typeof text !== 'string') return text;
  const id = asciiText(text);
  return id === '' ? BLANK : id;
}
