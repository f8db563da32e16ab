/**
 * How well one header names one field. Exact (normalised) synonym = the synonym's weight (1 for
 * strong, 0.85 for weak); a synonym whose words all appear in a longer header, or (Chinese) whose
 * characters appear in it, scores 0.5-0.9 by how much of the header it covers; a header that is an
 * abbreviation (prefix) of a synonym scores lower still.
 */
import { headerTokens, normaliseHeader } from './normaliseHeader';
import type { SynonymSet } from './synonyms';

export const MIN_CONFIDENCE = 0.5;
const WEAK_WEIGHT = 0.85;
/** A synonym matched once a trailing unit is set aside: near-certain, but not the exact header. */
const UNIT_WEIGHT = 0.95;

/** Single words too vague to match inside a longer header ("Credit Limit" is not a credit index). */
const VAGUE_WORDS = new Set([
  'date',
  'product',
  'credit',
  'contact',
  'source',
  'since',
  'created',
  'rep',
  'units',
  'claims',
  'communication',
  'influence',
  'owner',
  'outstanding',
  'settled',
  'tel',
  'gp',
  'bargaining',
  'margin',
  'volume',
  'origin',
  '日期',
  '产品',
  '信用',
  '来源',
  '沟通',
  '索赔',
  '品种',
  '预付',
  '议价',
  '品类',
  '主营',
  '折让',
  '让价',
]);
/** Words that change what a header measures: "Unit Cost" is not the order's cost, "Profit %" not its profit. */
const MODIFIERS = ['unit', 'per', 'avg', 'average', 'mean', 'max', 'min', 'pct', 'rate', 'ratio', '单价', '单位', '平均', '最大', '最小', '率'];
const CJK = /[\u3400-\u9fff]/;
/** Chinese modifiers are looked for in the text, the others among the words. */
const CJK_MODIFIERS = new Set(MODIFIERS.filter((m) => CJK.test(m)));

export interface PreparedHeader {
  readonly text: string;
  readonly norm: string;
  readonly tokens: readonly string[];
  /** The header without a trailing unit in brackets ("平均回复时长(小时)" -> "平均回复时长"), or null when it has none. */
  readonly bare: PreparedHeader | null;
  /** The MODIFIERS the header holds (most hold none), found once: each header meets every synonym of every field. */
  readonly modifiers: readonly string[];
}

/** A trailing "(小时)", "（天）", "[USD]" or "【元】" after some other text: a unit, not part of the name. */
const TRAILING_UNIT = /^(.*\S)\s*(?:\([^()]*\)|（[^（）]*）|\[[^[\]]*\]|【[^【】]*】)\s*$/u;

interface CompiledSynonym {
  norm: string;
  tokens: readonly string[];
  weight: number;
  exactOnly: boolean;
  cjk: boolean;
}

/**
 * Headers and confidences already worked out, by header text: a run looks at the same first rows
 * of each sheet for every kind of sheet and again when it analyses them, and data rows repeat
 * texts. Both depend on the text alone (and the synonym list); cleared past MEMO_LIMIT texts so a
 * long-lived pane does not grow them without end.
 */
const MEMO_LIMIT = 20_000;
const prepared = new Map<string, PreparedHeader>();
const confidences = new WeakMap<readonly CompiledSynonym[], Map<string, number>>();

export function prepareHeader(text: string): PreparedHeader {
  let header = prepared.get(text);
  if (!header) {
    if (prepared.size >= MEMO_LIMIT) prepared.clear();
    prepared.set(text, (header = prepareNew(text)));
  }
  return header;
}

function prepareNew(text: string): PreparedHeader {
  const unit = TRAILING_UNIT.exec(text);
  const bare = unit ? prepareHeader(unit[1] as string) : null;
  const norm = normaliseHeader(text);
  const tokens = headerTokens(text);
  const modifiers = MODIFIERS.filter((m) => (CJK_MODIFIERS.has(m) ? norm.includes(m) : tokens.includes(m)));
  return { text, norm, tokens, bare: bare && bare.norm !== '' ? bare : null, modifiers };
}

function compile(text: string, weak: boolean): CompiledSynonym {
  const norm = normaliseHeader(text);
  return { norm, tokens: headerTokens(text), weight: weak ? WEAK_WEIGHT : 1, exactOnly: weak || VAGUE_WORDS.has(norm), cjk: CJK.test(norm) };
}

export function compileSynonyms(set: SynonymSet): CompiledSynonym[] {
  return [...set.strong.map((s) => compile(s, false)), ...(set.weak ?? []).map((s) => compile(s, true))];
}

/** A modifier in the header that the synonym lacks. */
function hasForeignModifier(header: PreparedHeader, synonym: CompiledSynonym): boolean {
  for (const m of header.modifiers) if (!synonym.norm.includes(m)) return true;
  return false;
}

/** "Amount" is a whole word of "Amount Due", not an abbreviation of it. */
function isLeadingWords(norm: string, tokens: readonly string[]): boolean {
  let joined = '';
  for (const token of tokens) {
    joined += token;
    if (joined === norm) return true;
    if (joined.length >= norm.length) return false;
  }
  return false;
}

function synonymConfidence(header: PreparedHeader, synonym: CompiledSynonym): number {
  if (header.norm === synonym.norm) return synonym.weight;
  if (synonym.exactOnly || synonym.norm.length < 2 || hasForeignModifier(header, synonym)) return 0;
  const coverage = synonym.norm.length / header.norm.length;
  if (synonym.tokens.every((t) => header.tokens.includes(t))) return (0.6 + 0.3 * coverage) * synonym.weight;
  if (synonym.cjk && header.norm.includes(synonym.norm)) return (0.5 + 0.3 * coverage) * synonym.weight;
  if (!synonym.cjk && header.norm.length >= 3 && synonym.norm.startsWith(header.norm) && !isLeadingWords(header.norm, synonym.tokens)) {
    return (0.3 + 0.4 * (header.norm.length / synonym.norm.length)) * synonym.weight;
  }
  return 0;
}

/** The best confidence any synonym gives; 0 below MIN_CONFIDENCE. */
export function headerConfidence(header: PreparedHeader, synonyms: readonly CompiledSynonym[]): number {
  if (header.norm === '') return 0;
  let known = confidences.get(synonyms);
  if (!known) confidences.set(synonyms, (known = new Map()));
  let confidence = known.get(header.text);
  if (confidence === undefined) {
    if (known.size >= MEMO_LIMIT) known.clear();
    known.set(header.text, (confidence = confidenceOf(header, synonyms)));
  }
  return confidence;
}

function confidenceOf(header: PreparedHeader, synonyms: readonly CompiledSynonym[]): number {
  let best = 0;
  for (const synonym of synonyms) {
    best = Math.max(best, synonymConfidence(header, synonym));
    if (header.bare) best = Math.max(best, UNIT_WEIGHT * synonymConfidence(header.bare, synonym));
  }
  return best >= MIN_CONFIDENCE ? Math.round(best * 1000) / 1000 : 0;
}
