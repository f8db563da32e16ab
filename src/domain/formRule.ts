/**
 * The rule a stored setting of the wrong form broke, as data the pane words in its language
 * (docs/i18n.md, "Settings notes"): the schema's own issues (zod's) say it only in English.
 * `path` is where in the setting, by its stored keys ("" for the setting itself).
 */

export type FormRule =
  | { kind: 'type'; path: string; expected: string }
  | { kind: 'at-least' | 'at-most'; path: string; limit: number; inclusive: boolean; of: 'number' | 'items' | 'characters' }
  | { kind: 'one-of'; path: string; values: string[] }
  | { kind: 'unknown-keys'; path: string; keys: string[] };

/** The fields of a zod issue this reads (zod v4's issue shapes). */
interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  values?: unknown;
  keys?: unknown;
  options?: unknown;
}

/** A record is an object in the stored JSON. */
const EXPECTED: Record<string, string> = { record: 'object' };

const LIMIT_OF: Record<string, 'number' | 'items' | 'characters'> = { number: 'number', int: 'number', array: 'items', set: 'items', string: 'characters' };

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

const texts = (values: unknown): string[] => (Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : []);

/** The rule of one schema issue; null for one no rule here describes (the pane then names only the setting). */
export function formRuleOf(issue: SchemaIssue): FormRule | null {
  const path = pathText(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return typeof issue.expected === 'string' ? { kind: 'type', path, expected: EXPECTED[issue.expected] ?? issue.expected } : null;
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const of = LIMIT_OF[String(issue.origin)];
      if (typeof limit !== 'number' && typeof limit !== 'bigint') return null;
      if (!of) return null;
      return { kind: issue.code === 'too_small' ? 'at-least' : 'at-most', path, limit: Number(limit), inclusive: issue.inclusive !== false, of };
    }
    case 'invalid_value':
      return { kind: 'one-of', path, values: texts(issue.values) };
    case 'invalid_union':
      return Array.isArray(issue.options) && issue.options.length > 0 ? { kind: 'one-of', path, values: texts(issue.options) } : null;
    case 'unrecognized_keys':
      return { kind: 'unknown-keys', path, keys: texts(issue.keys) };
    default:
      return null;
  }
}
