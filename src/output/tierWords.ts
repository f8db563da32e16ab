/**
 * The six tiers' names in each workbook language, one definition for the sheets and the pane
 * (docs/sheet-language.md, "Tier names"). The domain keeps a tier as its key (`TIER_NAMES`);
 * a tier cell is written as the manager's own name for it when the configuration gives one,
 * else as the workbook language's word, and read back to the key from any of those.
 */
import type { CellValue } from '../domain/model';
import type { TierChange } from '../domain/segments/movement';
import type { EarlierTierNames } from '../domain/segments/tierNameHistory';
import { TIER_NAMES, type TierName, type TierNames } from '../domain/segments/tiers';
import { DEFAULT_TIER_SPELLINGS, foldTierWord as fold, TIER_WORDS } from '../domain/segments/tierWords';
import type { SheetLanguage } from './language';

export { DEFAULT_TIER_SPELLINGS, TIER_WORDS } from '../domain/segments/tierWords';

/** How a tier cell is written: the manager's name for the tier, else the language's word; null (not rated) stays empty. */
export function tierWord(tier: TierName | null, language: SheetLanguage = 'en', names: TierNames = {}): string | null {
  if (tier === null) return null;
  return names[tier] ?? TIER_WORDS[language][tier];
}

/** Every default spelling of each tier: its key ("Lead", what earlier versions wrote) and its word in every language. */
const DEFAULT_KEYS: ReadonlyMap<string, TierName> = new Map(TIER_NAMES.flatMap((tier) => DEFAULT_TIER_SPELLINGS[tier].map((word) => [fold(word), tier] as const)));

/**
 * The tier a cell names, whatever language wrote it: the manager's names first (as typed, any
 * case), then the keys and every language's word, then the names the manager gave the tiers
 * before (`earlier`, ScoringConfig.earlierTierNames: cells written before a rename). Null for an
 * empty cell or a word of no tier.
 */
export function tierKeyOf(cell: CellValue | undefined, names: TierNames = {}, earlier: EarlierTierNames = {}): TierName | null {
  if (typeof cell !== 'string') return null;
  const text = fold(cell);
  if (text === '') return null;
  for (const tier of TIER_NAMES) {
    const own = names[tier];
    if (own !== undefined && fold(own) === text) return tier;
  }
  const known = DEFAULT_KEYS.get(text);
  if (known !== undefined) return known;
  for (const tier of TIER_NAMES) if (earlier[tier]?.some((name) => fold(name) === text)) return tier;
  return null;
}

/** The "tier change" column's words (since the previous snapshot). Nothing reads them back. */
export const TIER_CHANGE_WORDS: Record<SheetLanguage, Record<TierChange, string>> = {
  en: { up: 'up', down: 'down', same: 'same', new: 'new' },
  'zh-CN': { up: '上升', down: '下降', same: '不变', new: '新客户' },
  'zh-TW': { up: '上升', down: '下降', same: '不變', new: '新客戶' },
};

export const tierChangeWord = (change: TierChange | null, language: SheetLanguage = 'en'): string | null => (change === null ? null : TIER_CHANGE_WORDS[language][change]);
