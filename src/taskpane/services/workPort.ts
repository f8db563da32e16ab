/**
 * The work area's half of the port: the actions on the owned work tables, with the adapter's own
 * types. The Work components reach Excel only through this (from the React context App provides),
 * never by importing the adapter.
 */
import { createContext, useContext } from 'react';
import type * as adapter from '../../excel/work/workActions';

export type { ContractSubmit, GenerateReport, ImportOptions, LostReport, WorkState } from '../../excel/work/workActions';
export type { CustomerChoice } from '../../excel/work/workBasis';

export interface WorkPort {
  loadWorkState: typeof adapter.loadWorkState;
  submitContract: typeof adapter.submitContract;
  saveTasks: typeof adapter.saveTasks;
  generateDueTasks: typeof adapter.generateDueTasks;
  markCustomerLost: typeof adapter.markCustomerLost;
  importProspectsFromSheet: typeof adapter.importProspectsFromSheet;
  saveProspectsAndFunnel: typeof adapter.saveProspectsAndFunnel;
}

export const WorkPortContext = createContext<WorkPort | null>(null);

export function useWorkPort(): WorkPort {
  const port = useContext(WorkPortContext);
  if (!port) throw new Error('The work area needs its port: render it inside WorkPortContext (App does).');
  return port;
}
