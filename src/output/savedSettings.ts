/**
 * The stored form of the Tiers settings (one record under one key, `SETTINGS_KEY`): what the add-in
 * saves in `workbook.settings` and what the CLI finds in an .xlsx saved by Excel (docs/cli.md,
 * "Settings saved in the workbook"). Pure: the adapter reads and writes the record, this module
 * says what it holds and how a damaged one is read (docs/adapter.md).
 */
import { z } from 'zod';
import { defaultScoringConfig, migrateConfig, type ConfigNote, type ScoringConfig } from '../domain/config';
import { customerSheetMappingSchema, orderSheetMappingSchema } from '../domain/mapping/sheetMappingSchema';
import type { SheetMapping } from '../domain/model';

export const SETTINGS_KEY = 'Tiers.settings';
export const SETTINGS_SCHEMA_VERSION = 1;

export const revisionSchema = z.object({
  counter: z.number().int().min(0),
  savedAt: z.string(),
  sessionId: z.string(),
});
export type Revision = z.infer<typeof revisionSchema>;

export interface SavedMapping {
  orders?: SheetMapping<'orders'> | undefined;
  customers?: SheetMapping<'customers'> | undefined;
}

export interface LoadedSettings {
  config: ScoringConfig;
  mapping: SavedMapping;
  /** Null when nothing (valid) was stored. */
  revision: Revision | null;
  warnings: string[];
  /** The warnings as codes the pane words in its language (docs/i18n.md, "Settings notes"). */
  notes: SettingsNote[];
}

/** What loading the settings changed: the configuration's notes, and the settings' own. */
export type SettingsNote =
  ConfigNote | { code: 'settings-unreadable' } | { code: 'settings-newer'; version: number } | { code: 'config-unreadable' } | { code: 'mapping-invalid'; sheet: 'orders' | 'customers' };

export function parseStoredSettings(stored: unknown): LoadedSettings {
  const fallback = (warning: string, note: SettingsNote): LoadedSettings => ({ config: defaultScoringConfig(), mapping: {}, revision: null, warnings: [warning], notes: [note] });
  if (stored === undefined || stored === null) return { config: defaultScoringConfig(), mapping: {}, revision: null, warnings: [], notes: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) return fallback('The saved Tiers settings were unreadable; using the defaults.', { code: 'settings-unreadable' });
  const record = stored as Record<string, unknown>;
  const warnings: string[] = [];
  const notes: SettingsNote[] = [];
  const version = record.schemaVersion;
  if (typeof version === 'number' && version > SETTINGS_SCHEMA_VERSION) {
    return fallback(`The Tiers settings were saved by a newer version (schema ${version}); using the defaults.`, { code: 'settings-newer', version });
  }
  const migrated = migrateConfig(record.config);
  let config = defaultScoringConfig();
  if (migrated.ok) {
    config = migrated.config;
    warnings.push(...migrated.warnings);
    notes.push(...migrated.notes);
  } else {
    warnings.push(`${migrated.error} Using the default scoring settings.`);
    notes.push({ code: 'config-unreadable' });
  }
  const mapping: SavedMapping = {};
  const stored_mapping = (record.mapping ?? {}) as Record<string, unknown>;
  if (stored_mapping && typeof stored_mapping === 'object') {
    const orders = orderSheetMappingSchema.safeParse(stored_mapping.orders);
    if (orders.success) mapping.orders = orders.data;
    else if (stored_mapping.orders !== undefined) {
      warnings.push('The saved order-sheet mapping was invalid; columns will be detected again.');
      notes.push({ code: 'mapping-invalid', sheet: 'orders' });
    }
    const customers = customerSheetMappingSchema.safeParse(stored_mapping.customers);
    if (customers.success) mapping.customers = customers.data;
    else if (stored_mapping.customers !== undefined) {
      warnings.push('The saved customer-sheet mapping was invalid; columns will be detected again.');
      notes.push({ code: 'mapping-invalid', sheet: 'customers' });
    }
  }
  const revision = revisionSchema.safeParse(record.revision);
  if (!revision.success) warnings.push('The saved settings had no valid revision stamp.');
  return { config, mapping, revision: revision.success ? revision.data : null, warnings, notes };
}

/**
 * The stored form of a configuration nobody has saved yet: for a workbook that ships with settings
 * (the workbench's sample carries its analysis date, so its figures read as of its own history).
 */
export function shippedSettingsRecord(config: ScoringConfig, savedAt: string): unknown {
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, config, mapping: {}, revision: { counter: 1, savedAt, sessionId: 'shipped' } };
}
