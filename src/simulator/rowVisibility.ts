/**
 * Hidden rows and AutoFilter criteria. Excel keeps one hidden flag per row (Range.rowHidden); a
 * filter hides the rows of its range that fail the criteria and clearing it shows them again.
 * Hidden rows are still cells like any other: Range.values reads them and writes land in them.
 * Criteria subset: filterOn "Values" (displayed text, case-insensitive) and "Custom" with
 * criterion1/criterion2 ("=x", "<>x", ">5", "<=5", "x*" wildcards) joined by operator And/Or.
 * (learn.microsoft.com/javascript/api/excel/excel.autofilter, .../excel.filtercriteria)
 */
import type { Scalar } from './cells';
import { ErrorCodes, fail } from './errors';
import { formatText } from './numberText';
import type { ShiftOp } from './shift';

export interface FilterCriteria {
  filterOn: string;
  values?: string[];
  criterion1?: string;
  criterion2?: string;
  operator?: 'And' | 'Or';
}

/** The criteria on one column of a filtered range; `columnIndex` is relative to the range. */
export interface ColumnFilter {
  columnIndex: number;
  criteria: FilterCriteria;
}

const COMPARISON = /^(<>|>=|<=|=|>|<)?(.*)$/s;

function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'is');
}

function compare(value: Scalar | undefined, text: string, criterion: string): boolean {
  const [, op = '=', operand = ''] = COMPARISON.exec(criterion) ?? [];
  const number = operand.trim() === '' ? NaN : Number(operand);
  if (op === '=' || op === '<>') {
    const equal = typeof value === 'number' && Number.isFinite(number) ? value === number : wildcard(operand).test(text);
    return op === '=' ? equal : !equal;
  }
  if (typeof value !== 'number' || !Number.isFinite(number)) return false;
  if (op === '>') return value > number;
  if (op === '<') return value < number;
  if (op === '>=') return value >= number;
  return value <= number;
}

/** Whether a cell passes the criteria (its value and number format give the displayed text). */
export function passesFilter(value: Scalar | undefined, numberFormat: string | undefined, criteria: FilterCriteria, date1904 = false): boolean {
  const text = formatText(value, numberFormat, date1904);
  if (criteria.filterOn === 'Values') {
    const wanted = new Set((criteria.values ?? []).map((v) => String(v).toLowerCase()));
    return wanted.has(text.toLowerCase());
  }
  if (criteria.filterOn === 'Custom') {
    const first = criteria.criterion1 === undefined ? true : compare(value, text, criteria.criterion1);
    if (criteria.criterion2 === undefined) return first;
    const second = compare(value, text, criteria.criterion2);
    return criteria.operator === 'Or' ? first || second : first && second;
  }
  return fail(ErrorCodes.invalidArgument, `The simulator filters on "Values" and "Custom" only, not "${criteria.filterOn}".`);
}

/** Hidden row indexes after whole rows are inserted or deleted (partial-width shifts leave rows alone). */
export function shiftHiddenRows(hidden: ReadonlySet<number>, op: ShiftOp): Set<number> {
  const out = new Set<number>();
  for (const r of hidden) {
    if (r < op.at) out.add(r);
    else if (op.kind === 'insert') out.add(r + op.count);
    else if (r >= op.at + op.count) out.add(r - op.count);
  }
  return out;
}
