/**
 * What the pane's React tests under jsdom share: React's act environment, a ResizeObserver (Fluent's
 * MessageBar watches its own width; jsdom has none, the browser tests have the real one), and a
 * Work port for tests that never open the Work tab: any call to it fails the test.
 */
import type { WorkPort } from '../../src/taskpane/services/workbookPort';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** A port method the test never calls. */
export const unused = async (): Promise<never> => {
  throw new Error('The work port is not part of this test.');
};

export const unusedWorkPort: WorkPort = {
  loadWorkState: unused,
  submitContract: unused,
  saveTasks: unused,
  generateDueTasks: unused,
  markCustomerLost: unused,
  importProspectsFromSheet: unused,
  saveProspectsAndFunnel: unused,
};
