/** The left side of the workbench: address bar, charts, grid and sheet tabs over one workbook. */
import type { Workbook } from '../simulator/model';
import { AddressBar } from './AddressBar';
import { ChartPreviews } from './ChartPreviews';
import { Grid } from './Grid';
import { SheetTabs } from './SheetTabs';
import { useWorkbookVersion } from './useWorkbook';

export function WorkbookView({ workbook, language }: { workbook: Workbook; language?: string }) {
  const version = useWorkbookVersion(workbook);
  const sheet = workbook.sheetById(workbook.activeSheetId) ?? workbook.sheets[0];
  if (!sheet) return null;
  return (
    <section className="wb-workbook" aria-label="Workbook">
      <AddressBar workbook={workbook} {...(language ? { language } : {})} />
      <ChartPreviews workbook={workbook} sheetId={sheet.id} version={version.structureVersion} />
      <Grid key={sheet.id} workbook={workbook} sheet={sheet} version={version} {...(language ? { language } : {})} />
      <SheetTabs workbook={workbook} activeSheetId={sheet.id} />
    </section>
  );
}
