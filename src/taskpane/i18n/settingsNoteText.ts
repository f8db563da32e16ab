/**
 * What loading the saved settings changed (src/excel/settingsStore.ts, `SettingsNote`) in the
 * pane's language (docs/i18n.md, "Settings notes"): the setting by its name in the pane, the rule
 * it broke with its figures, and that the default is used.
 */
import type { FormRule } from '../../domain/formRule';
import type { SettingsNote } from '../services/workbookPort';
import { configProblemText, indicatorLabel, tierLabel } from './labels';
import { isMessageKey, type MessageKey } from './messages';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A setting of the configuration by its name in the pane; one it does not know by its stored key. */
export function settingLabel(t: T, field: string): string {
  const key = `settingField_${field}`;
  return isMessageKey(key) ? t(key) : field;
}

const LIMIT_KEYS = {
  'at-least': { number: ['formRuleAtLeast', 'formRuleMoreThan'], items: ['formRuleAtLeastItems', 'formRuleAtLeastItems'], characters: ['formRuleAtLeastChars', 'formRuleAtLeastChars'] },
  'at-most': { number: ['formRuleAtMost', 'formRuleLessThan'], items: ['formRuleAtMostItems', 'formRuleAtMostItems'], characters: ['formRuleAtMostChars', 'formRuleAtMostChars'] },
} as const satisfies Record<'at-least' | 'at-most', Record<'number' | 'items' | 'characters', readonly [MessageKey, MessageKey]>>;

/** The rule a setting of the wrong form broke: where in it (its stored keys, quoted) and what it should be. */
export function formRuleText(t: T, rule: FormRule): string {
  const quote = (text: string): string => t('formRuleQuoted', { text });
  const list = (items: readonly string[]): string => items.map(quote).join(t('formRuleListSeparator'));
  const where = rule.path === '' ? t('formRuleWhereValue') : quote(rule.path);
  switch (rule.kind) {
    case 'type': {
      const key = `formExpected_${rule.expected}`;
      return t('formRuleType', { where, expected: isMessageKey(key) ? t(key) : rule.expected });
    }
    case 'at-least':
    case 'at-most':
      return t(LIMIT_KEYS[rule.kind][rule.of][rule.inclusive ? 0 : 1], { where, limit: rule.limit });
    case 'one-of':
      return t('formRuleOneOf', { where, values: list(rule.values) });
    case 'unknown-keys':
      return t('formRuleUnknownKeys', { where, keys: list(rule.keys) });
  }
}

export function settingsNoteText(t: T, note: SettingsNote): string {
  switch (note.code) {
    case 'guard': {
      const p = note.problem;
      const setting = p.field === 'tierNames' && p.tier && p.name !== undefined ? t('settingTierName', { name: p.name, tier: tierLabel(t, p.tier) }) : settingLabel(t, p.field);
      return t('settingsNoteGuard', { setting, problem: configProblemText(t, p) });
    }
    case 'field-invalid':
      return note.rule ? t('settingsNoteInvalidRule', { setting: settingLabel(t, note.field), rule: formRuleText(t, note.rule) }) : t('settingsNoteInvalid', { setting: settingLabel(t, note.field) });
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
