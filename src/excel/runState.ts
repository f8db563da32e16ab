/**
 * The run-state record (workbook setting "Tiers.runState"): where the owned columns are, their
 * header texts and keys, and whether the last write finished.
 * With the named items it lets every run recognise its columns again; "writing" left behind
 * by a failed run tells the next run (and the pane) that the owned areas may be stale.
 */
import { z } from 'zod';

export const RUN_STATE_KEY = 'Tiers.runState';

export const runStateSchema = z.object({
  schemaVersion: z.literal(1),
  state: z.enum(['writing', 'complete']),
  runId: z.string(),
  startedAt: z.string(),
  customerSheet: z.string(),
  headerRow: z.number().int().min(0),
  idColumn: z.number().int().min(0),
  columns: z.record(z.string(), z.object({ header: z.string(), column: z.number().int().min(0) })),
});
export type RunState = z.infer<typeof runStateSchema>;

export function parseRunState(stored: unknown): RunState | null {
  const parsed = runStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export function queueRunState(context: Excel.RequestContext, state: RunState): void {
  context.workbook.settings.add(RUN_STATE_KEY, state);
}
