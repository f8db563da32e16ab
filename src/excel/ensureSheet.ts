/** Owned sheets: found by name, added when missing (one sync to look, none when present). */
import type { Syncer } from './syncs';

/** `known`: the sheet as already looked up this run (null = absent); undefined = look it up now. */
export async function ensureSheet(syncer: Syncer, name: string, known?: Excel.Worksheet | null): Promise<{ sheet: Excel.Worksheet; created: boolean }> {
  let existing = known;
  if (existing === undefined) {
    const found = syncer.context.workbook.worksheets.getItemOrNullObject(name);
    await syncer.sync();
    existing = found.isNullObject ? null : found;
  }
  if (existing) return { sheet: existing, created: false };
  await syncer.reserve(100);
  return { sheet: syncer.context.workbook.worksheets.add(name), created: true };
}
