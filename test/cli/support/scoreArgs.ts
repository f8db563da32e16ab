/** `tiers score INPUT --out OUT.xlsx --json OUT.json --as-of 2026-01-01` as parsed, with `more` over it. */
import type { ScoreArgs } from '../../../src/cli/commands/score';

export function scoreArgsOf(input: string, out: string, more: Partial<ScoreArgs> = {}): ScoreArgs {
  return { input, out: `${out}.xlsx`, asOf: '2026-01-01', config: null, json: `${out}.json`, jsonPretty: false, csv: null, rfm: null, period: null, lenient: false, ...more };
}
