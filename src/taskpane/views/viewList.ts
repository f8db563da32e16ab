/**
 * The pane's views, in tab order. Adding a view is one entry here plus its component in
 * `viewComponents` (App.tsx); the TabList is built from this list.
 */
import type { MessageKey } from '../i18n/messages';

export const VIEWS = [
  { id: 'run', label: 'viewRun' },
  { id: 'weights', label: 'viewWeights' },
  { id: 'customer', label: 'viewCustomer' },
  { id: 'finance', label: 'viewFinance' },
  { id: 'work', label: 'viewWork' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type ViewId = (typeof VIEWS)[number]['id'];
