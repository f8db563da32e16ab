/**
 * The Tiers settings a manager saved in the workbook from the task pane (weights, cut-offs, tier
 * names ...), as `tiers score` finds them in the .xlsx: read and validated exactly as the add-in
 * reads them (`parseStoredSettings`), so the command scores a team's workbook with the team's
 * configuration (docs/cli.md, "Settings saved in the workbook").
 */
import { parseStoredSettings, SETTINGS_KEY, type LoadedSettings } from '../../output/savedSettings';
import { listZipEntries } from '../xlsx/zipEntries';
import { webExtensionProperties } from '../xlsx/webExtensionProperties';

export interface WorkbookSettings {
  loaded: LoadedSettings;
  /** How many add-in parts held a Tiers settings record (more than one: the newest revision is used). */
  copies: number;
}

function storedValue(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // Not JSON: parseStoredSettings reads a non-object as unreadable and says so.
    return json;
  }
}

/** Orders two loaded records: the higher revision counter, then the later save. */
function newer(a: LoadedSettings, b: LoadedSettings): boolean {
  const ca = a.revision?.counter ?? -1;
  const cb = b.revision?.counter ?? -1;
  if (ca !== cb) return ca > cb;
  return (a.revision?.savedAt ?? '') > (b.revision?.savedAt ?? '');
}

/** The settings saved in the package's add-in parts; null when none holds a Tiers record. */
export function workbookSettings(bytes: Buffer): WorkbookSettings | null {
  let best: LoadedSettings | null = null;
  let copies = 0;
  for (const { properties } of webExtensionProperties(bytes, listZipEntries(bytes))) {
    const stored = properties.get(SETTINGS_KEY);
    if (stored === undefined) continue;
    copies++;
    const loaded = parseStoredSettings(storedValue(stored));
    if (best === null || newer(loaded, best)) best = loaded;
  }
  return best ? { loaded: best, copies } : null;
}
