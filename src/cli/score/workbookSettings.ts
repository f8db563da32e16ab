/**
 * The Tiers settings a manager saved in the workbook from the task pane (weights, cut-offs, tier
 * names ...), as `tiers score` finds them in the .xlsx: read and validated exactly as the add-in
 * reads them (`parseStoredSettings`), so the command scores a team's workbook with the team's
 * configuration (docs/cli.md, "Settings saved in the workbook").
 */
import { tiersPartOf } from '../../output/addInProperties';
import type { LoadedSettings } from '../../output/savedSettings';
import { listZipEntries } from '../xlsx/zipEntries';
import { webExtensionProperties } from '../xlsx/webExtensionProperties';

export interface WorkbookSettings {
  loaded: LoadedSettings;
  /** How many add-in parts held a Tiers settings record (more than one: the newest revision is used). */
  copies: number;
}

/** The settings saved in the package's add-in parts; null when none holds a Tiers record. */
export function workbookSettings(bytes: Buffer): WorkbookSettings | null {
  const found = tiersPartOf(webExtensionProperties(bytes, listZipEntries(bytes)).map((p) => p.properties));
  return found ? { loaded: found.loaded, copies: found.copies } : null;
}
