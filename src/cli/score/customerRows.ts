/**
 * The customer rows made from the scored customers' columns alone: the derived customer sheet's
 * rows (also the --csv file) and each row's predictive cells. Kept apart from the workbook writer
 * so the customer thread (customerThread.ts) loads only this.
 */
import type { CellValue } from '../../domain/model';
import { derivedCustomerRows, OWNED_COLUMNS, ownedHeaders, predictedCellsAt, type PredictedCells } from '../../output/ownedColumns';
import { ownedValuesOfColumns } from '../../output/ownedRows';
import type { RowSource } from '../xlsx/sheetXml';
import type { ScoredWorkbook } from './scoreGrids';

/**
 * What the customer rows (the derived sheet, the --csv file, the JSON report's customers) are made
 * from: plain data (columns, typed arrays, strings), so it can be copied to a worker thread
 * (customerThread.ts).
 */
export type CustomerRowsSource = Pick<ScoredWorkbook, 'predictive' | 'predictiveRow' | 'language' | 'tierNames'> & { result: Pick<ScoredWorkbook['result'], 'columns' | 'valueBasis'> };

/** The predictive cells of scored customer `i` (undefined: no fit, or the fit did not cover it). */
export function predictedOf(scored: CustomerRowsSource): (i: number) => PredictedCells | undefined {
  const { predictive, predictiveRow } = scored;
  if (!predictive) return () => undefined;
  const cells = predictedCellsAt(predictive, scored.language);
  return (i) => {
    const k = predictiveRow[i] as number;
    return k < 0 ? undefined : cells(k);
  };
}

/** The customers' positions in the derived sheet's order, sorted once per scored workbook for the sheet and the --csv file. */
const derivedOrder = new WeakMap<CustomerRowsSource, readonly number[]>();

/**
 * The derived customer sheet (and the --csv file): id and name in id order (derivedCustomerRows'
 * order, over customer positions), then the owned columns. Each row is made as it is read, none
 * kept: at ten million order lines a grid of a million customers' rows was a second copy of the
 * results.
 */
export function derivedSheetRows(scored: CustomerRowsSource): RowSource & { rows: Iterable<CellValue[]> } {
  const { columns } = scored.result;
  let order = derivedOrder.get(scored);
  if (!order) {
    order = Array.from({ length: columns.length }, (_, i) => i).sort((a, b) => {
      const x = columns.ids[a] as string;
      const y = columns.ids[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    derivedOrder.set(scored, order);
  }
  const [names] = derivedCustomerRows([], scored.language);
  const header = [...(names ?? []), ...ownedHeaders(scored.result.valueBasis, scored.language)];
  const positions = order;
  function* rows(): Generator<CellValue[]> {
    yield header;
    const predicted = predictedOf(scored);
    const owned = ownedValuesOfColumns(columns, scored.language, scored.tierNames);
    for (const i of positions) {
      const id = columns.ids[i] as string;
      yield [id, columns.names[i] ?? null, ...owned(i, predicted(i))];
    }
  }
  return { count: positions.length + 1, width: Math.max(1, header.length, 2 + OWNED_COLUMNS.length), rows: rows() };
}
