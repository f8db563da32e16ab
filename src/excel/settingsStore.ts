/**
 * The add-in's settings in the workbook (`workbook.settings`, ExcelApi 1.4, saved with the file):
 * mapping, profile, weights and cut-offs under ONE key, with a schema version and a revision
 * stamp (counter + ISO time + session id) so a pane can tell that another user of a shared
 * workbook saved since it loaded. Settings can be lost or damaged (office-js#6091): everything is
 * validated on load (zod; the domain's `migrateConfig` and mapping schemas) and falls back to
 * defaults with a warning.
 */
import { migrateConfig, type ScoringConfig } from '../domain/config';
import { withEarlierTierNames } from '../domain/segments/tierNameHistory';
import { parseStoredSettings, SETTINGS_KEY, SETTINGS_SCHEMA_VERSION, type LoadedSettings, type Revision, type SavedMapping, type SettingsNote } from '../output/savedSettings';
import { runWhileEditing } from './editMode';
import { toFailure, type ExcelFailure } from './errors';

// The stored record's definition lives in the output plan (the CLI reads it too); the adapter's importers keep this path.
export { parseStoredSettings, revisionSchema, SETTINGS_KEY, SETTINGS_SCHEMA_VERSION, shippedSettingsRecord } from '../output/savedSettings';
export type { LoadedSettings, Revision, SavedMapping, SettingsNote } from '../output/savedSettings';

/** One id per loaded copy of the adapter (one per pane). */
export const SESSION_ID: string = globalThis.crypto?.randomUUID?.() ?? `s${Math.random().toString(36).slice(2)}`;

async function readStored(context: Excel.RequestContext): Promise<unknown> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load('value');
  await context.sync();
  return item.isNullObject ? undefined : (item.value as unknown);
}

/** Reads and validates the settings inside an existing batch. */
export async function loadSettingsIn(context: Excel.RequestContext): Promise<LoadedSettings> {
  return parseStoredSettings(await readStored(context));
}

export async function loadSettings(): Promise<LoadedSettings> {
  return runWhileEditing((context) => loadSettingsIn(context));
}

export type SaveResult =
  | { ok: true; revision: Revision }
  | { ok: false; reason: 'conflict'; current: Revision | null; message: string }
  | { ok: false; reason: 'invalid'; message: string; notes: SettingsNote[] }
  | { ok: false; reason: 'excel'; error: ExcelFailure };

const sameRevision = (a: Revision | null, b: Revision | null): boolean => a === b || (a !== null && b !== null && a.counter === b.counter && a.sessionId === b.sessionId && a.savedAt === b.savedAt);

export interface SaveOptions {
  /** The revision the pane loaded (null = it saw none). A different stored revision refuses the save. */
  expectedRevision: Revision | null;
  mapping?: SavedMapping;
  /** For tests: the clock. */
  now?: () => Date;
}

function conflict(by: Revision | null): SaveResult {
  return {
    ok: false,
    reason: 'conflict',
    current: by,
    message: `The Tiers settings were changed at ${by?.savedAt ?? 'an unknown time'} by another session since this pane loaded them. Reload them before saving.`,
  };
}

/**
 * Saves config (and mapping) under one key, bumping the revision. Refuses with a conflict when the
 * stored revision is not the one the pane loaded: another pane saved in between.
 */
export async function saveConfig(config: ScoringConfig, options: SaveOptions): Promise<SaveResult> {
  const migrated = migrateConfig(config);
  if (!migrated.ok) return { ok: false, reason: 'invalid', message: migrated.error, notes: [{ code: 'config-unreadable' }] };
  // What the guards refuse (docs/scoring.md, "Configuration guards"; tier names) is never saved in the defaults' place.
  if (migrated.rejected) return { ok: false, reason: 'invalid', message: migrated.rejected.join(' '), notes: migrated.notes.filter((n) => n.code === 'guard' || n.code === 'field-invalid') };
  try {
    // Tried again in cell-edit mode: a refused batch wrote nothing, so the revision check still holds.
    return await runWhileEditing(async (context) => {
      const current = parseStoredSettings(await readStored(context));
      if (!sameRevision(current.revision, options.expectedRevision)) return conflict(current.revision);
      const revision: Revision = {
        counter: (current.revision?.counter ?? 0) + 1,
        savedAt: (options.now?.() ?? new Date()).toISOString(),
        sessionId: SESSION_ID,
      };
      // A renamed tier keeps its earlier names, so cells written with them still read back (docs/sheet-language.md, "Renaming a tier").
      const record = { schemaVersion: SETTINGS_SCHEMA_VERSION, config: withEarlierTierNames(current.config, migrated.config), mapping: options.mapping ?? current.mapping, revision };
      // The check above and the write are separate round trips, so another pane may save in between.
      // Read and write again in ONE batch (the host runs a batch's actions in order, so the load sees
      // the value just before our write); if someone else got in first, put their record back.
      const before = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      before.load('value');
      context.workbook.settings.add(SETTINGS_KEY, record);
      await context.sync();
      const overwritten = before.isNullObject ? undefined : (before.value as unknown);
      const overwrittenRevision = parseStoredSettings(overwritten).revision;
      if (!sameRevision(overwrittenRevision, options.expectedRevision)) {
        if (overwritten === undefined) context.workbook.settings.getItem(SETTINGS_KEY).delete();
        else context.workbook.settings.add(SETTINGS_KEY, overwritten);
        await context.sync();
        return conflict(overwrittenRevision);
      }
      return { ok: true as const, revision };
    });
  } catch (error) {
    return { ok: false, reason: 'excel', error: toFailure(error) };
  }
}
