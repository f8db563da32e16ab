/** The workbench grid's sort and filter (src/workbench/filterRegion.ts) over the simulator's workbook. */
import { Workbook } from '../../src/simulator/model';
import { filterBy, filterRegions, headerRegion, sortBy, toggleSheetFilter, valueChoices, visibleRows } from '../../src/workbench/filterRegion';

const rows = [
  ['Id', 'Name', 'Tiers tier'],
  ['C1', 'Alpha', 'Gold'],
  ['C2', 'Beta', 'Iron'],
  ['C3', 'Gamma', 'Gold'],
  ['C4', 'Delta', ''],
];

describe('filter regions', () => {
  it('a table: buttons on its header row; sorting moves whole table rows, filtering hides rows by shown text', () => {
    const wb = new Workbook({ sheets: [{ name: 'S', rows, tables: [{ name: 'T', address: 'A1:C5' }] }] });
    const sheet = wb.sheets[0]!;
    const regions = filterRegions(wb, sheet);
    expect(regions).toEqual([{ kind: 'table', tableId: wb.tables[0]!.id, name: 'T', rect: { r0: 0, c0: 0, r1: 4, c1: 2 } }]);
    expect(headerRegion(regions, 0, 2)).toBe(regions[0]);
    expect(headerRegion(regions, 1, 2)).toBeUndefined();
    expect(valueChoices(wb, sheet, regions[0]!, 2)).toEqual([
      { text: 'Gold', checked: true },
      { text: 'Iron', checked: true },
      { text: '', checked: true },
    ]);
    sortBy(wb, sheet, regions[0]!, 2, false);
    const col = (c: number) => [1, 2, 3, 4].map((r) => sheet.cells.values.get(r, c) ?? null);
    expect(col(2)).toEqual(['Iron', 'Gold', 'Gold', null]);
    expect(col(0)).toEqual(['C2', 'C1', 'C3', 'C4']);
    expect(col(1)).toEqual(['Beta', 'Alpha', 'Gamma', 'Delta']);
    filterBy(wb, sheet, regions[0]!, 2, ['Gold']);
    expect(visibleRows(sheet, 6)).toEqual([0, 2, 3, 5]);
    expect(valueChoices(wb, sheet, regions[0]!, 2).map((c) => c.checked)).toEqual([true, false, false]);
    filterBy(wb, sheet, regions[0]!, 2, null);
    expect(visibleRows(sheet, 6)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a sheet without a table: no buttons until Data > Filter puts an AutoFilter on the used range (text headers only)', () => {
    const wb = new Workbook({
      sheets: [
        { name: 'S', rows },
        {
          name: 'N',
          rows: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    const [sheet, numbers] = wb.sheets;
    expect(filterRegions(wb, sheet!)).toEqual([]);
    expect(toggleSheetFilter(wb, sheet!)).toBe(true);
    expect(sheet!.autoFilter).toEqual({ rect: { r0: 0, c0: 0, r1: 4, c1: 2 }, filters: [] });
    const regions = filterRegions(wb, sheet!);
    expect(regions).toEqual([{ kind: 'range', rect: { r0: 0, c0: 0, r1: 4, c1: 2 } }]);
    filterBy(wb, sheet!, regions[0]!, 1, ['alpha', 'Delta']);
    expect(visibleRows(sheet!, 5)).toEqual([0, 1, 4]);
    sortBy(wb, sheet!, regions[0]!, 0, false);
    // The filter follows the rows: Delta (C4) and Alpha (C1) are now rows 1 and 4.
    expect(visibleRows(sheet!, 5)).toEqual([0, 1, 4]);
    expect(sheet!.cells.values.get(1, 1)).toBe('Delta');
    expect(sheet!.autoFilter?.sort).toEqual([{ key: 0, ascending: false }]);
    // Off again: every row shows, no buttons.
    expect(toggleSheetFilter(wb, sheet!)).toBe(false);
    expect(visibleRows(sheet!, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(filterRegions(wb, sheet!)).toEqual([]);
    expect(toggleSheetFilter(wb, numbers!)).toBe(false);
    expect(numbers!.autoFilter).toBeUndefined();
  });
});
