/** What App hands every view. */
import type { PaneState } from '../state/paneState';
import type { PaneActions } from '../state/usePane';

export interface ViewProps {
  state: PaneState;
  actions: PaneActions;
}
