/** Test support: a simulator with Office globals installed, and direct reads of its model. */
import { createSimulator, type Simulator, type WorkbookInit } from '../../../src/simulator';
import type { CellValue } from '../../../src/domain/model';

export function installSimulator(init?: WorkbookInit): Simulator {
  const sim = createSimulator(init);
  sim.installGlobals(globalThis);
  return sim;
}

/** Rows of a table straight from the model (header first), as Excel holds them. */
export function tableRows(sim: Simulator, tableName: string): CellValue[][] {
  const table = sim.workbook.tableByName(tableName);
  if (!table) throw new Error(`No table ${tableName}`);
  const cells = sim.workbook.sheet(table.sheetId).cells;
  const rows: CellValue[][] = [];
  for (let r = table.rect.r0; r <= table.rect.r1; r++) {
    const row: CellValue[] = [];
    for (let c = table.rect.c0; c <= table.rect.c1; c++) row.push(cells.values.get(r, c) ?? '');
    rows.push(row);
  }
  return rows;
}

export function cellFormula(sim: Simulator, tableName: string, bodyRow: number, column: number): string | undefined {
  const table = sim.workbook.tableByName(tableName);
  if (!table) throw new Error(`No table ${tableName}`);
  return sim.workbook.sheet(table.sheetId).cells.formulas.get(table.rect.r0 + 1 + bodyRow, table.rect.c0 + column);
}

/** Overwrites the body rows of a table in the model, as a user sorting it would (the text columns are already Text-formatted). */
export function rewriteBody(sim: Simulator, tableName: string, rows: CellValue[][]): void {
  const table = sim.workbook.tableByName(tableName);
  if (!table) throw new Error(`No table ${tableName}`);
  sim.workbook.writeValues(table.sheetId, table.rect.r0 + 1, table.rect.c0, rows);
}
