/**
 * The pane's own faults (src/worker/faults.ts) in the pane's language: one catalogue key per code
 * (docs/i18n.md, "The pane's own faults").
 */
import type { PaneFault } from '../../worker/faults';
import type { MessageKey } from './messages';

export const FAULT_KEYS: Record<PaneFault, MessageKey> = {
  'worker-stopped': 'faultWorkerStopped',
  'worker-closed': 'faultWorkerClosed',
  'not-read': 'faultNotRead',
  'not-staged': 'faultNotStaged',
  'not-scored': 'faultNotScored',
  unavailable: 'faultUnavailable',
};
