/**
 * The six tiers' default words in each workbook language: pure data, one definition for the
 * configuration's rules (a manager's tier name may not be another tier's word, src/domain/configRules.ts),
 * the sheets (src/output/tierWords.ts) and the pane's catalogues (docs/sheet-language.md, "Tier names").
 */
import type { PlanLanguage } from '../plans/table';
import type { TierName } from './tiers';

/**
 * The lowest tier is the metal: in English "Lead (metal)", so nobody reads it as a sales lead;
 * in Chinese 铅 / 鉛, which never means a prospect.
 */
export const TIER_WORDS: Readonly<Record<PlanLanguage, Readonly<Record<TierName, string>>>> = {
  en: { Diamond: 'Diamond', Platinum: 'Platinum', Gold: 'Gold', Bronze: 'Bronze', Iron: 'Iron', Lead: 'Lead (metal)' },
  'zh-CN': { Diamond: '钻石', Platinum: '铂金', Gold: '黄金', Bronze: '青铜', Iron: '铁', Lead: '铅' },
  'zh-TW': { Diamond: '鑽石', Platinum: '白金', Gold: '黃金', Bronze: '青銅', Iron: '鐵', Lead: '鉛' },
};

const LANGUAGES = Object.keys(TIER_WORDS) as PlanLanguage[];

const spellings = (tier: TierName): readonly string[] => [tier, ...LANGUAGES.map((l) => TIER_WORDS[l][tier])];

/** Per tier, every word that names it while the manager has not named it: its key ("Lead", what earlier versions wrote) and its word in every language. */
export const DEFAULT_TIER_SPELLINGS: Readonly<Record<TierName, readonly string[]>> = {
  Diamond: spellings('Diamond'),
  Platinum: spellings('Platinum'),
  Gold: spellings('Gold'),
  Bronze: spellings('Bronze'),
  Iron: spellings('Iron'),
  Lead: spellings('Lead'),
};

/** How tier words compare: trimmed, any case. */
export const foldTierWord = (text: string): string => text.trim().toLowerCase();
