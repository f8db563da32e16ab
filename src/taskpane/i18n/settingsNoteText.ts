/**
 * What loading the saved settings changed (src/excel/settingsStore.ts, `SettingsNote`) in the
 * pane's language (docs/i18n.md, "Settings notes"): the setting by its name in the pane, the rule
 * it broke with its figures, and that the default is used.
 */
import type { SettingsNote } from '../services/workbookPort';
import { configProblemText, indicatorLabel, tierLabel } from './labels';
import { isMessageKey, type MessageKey } from './messages';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A setting of the configuration by its name in the pane; one it does not know by its stored key. */
export function settingLabel(t: T, field: string): string {
  const key = `settingField_${field}`;
  return isMessageKey(key) ? t(key) : field;
}

export function settingsNoteText(t: T, note: SettingsNote): string {
  switch (note.code) {
    case 'guard': {
      const p = note.problem;
      const setting = p.field === 'tierNames' && p.tier && p.name !== undefined ? t('settingTierName', { name: p.name, tier: tierLabel(t, p.tier) }) : settingLabel(t, p.field);
      return t('settingsNoteGuard', { setting, problem: configProblemText(t, p) });
    }
    case 'field-invalid':
      return t('settingsNoteInvalid', { setting: settingLabel(t, note.field) });
    case 'field-missing':
      return t('settingsNoteMissing', { setting: settingLabel(t, note.field) });
    case 'unknown-setting':
      return t('settingsNoteUnknown', { name: note.field });
    case 'profile-undefined':
      return t('settingsNoteProfileUndefined', { profile: note.profile });
    case 'profile-duplicate':
      return t('settingsNoteProfileDuplicate', { profile: note.profile, indicator: indicatorLabel(t, note.indicator, note.indicator) });
    case 'settings-unreadable':
      return t('settingsNoteUnreadable');
    case 'settings-newer':
      return t('settingsNoteNewer', { version: note.version });
    case 'config-unreadable':
      return t('settingsNoteConfigUnreadable');
    case 'mapping-invalid':
      return t(note.sheet === 'orders' ? 'settingsNoteMappingOrders' : 'settingsNoteMappingCustomers');
  }
}
