/**
 * The work area's half of the port: the actions on the owned work tables, with the adapter's own
 * types. The Work components reach Excel only through this (from the React context App provides),
 * never by importing the adapter.
 */
import { createContext, useContext } from 'react';
import type * as adapter from '../../excel/work/workActions';
import type { SheetLanguage } from '../../output/language';

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

/** The port with every write in the workbook's language (docs/sheet-language.md): the Work components need not pass it. */
export function workInLanguage(port: WorkPort, language: SheetLanguage): WorkPort {
  return {
    ...port,
    submitContract: (contract, editingId) => port.submitContract(contract, editingId, language),
    saveTasks: (tasks) => port.saveTasks(tasks, language),
    generateDueTasks: (asOf, rules) => port.generateDueTasks(asOf, rules, language),
    markCustomerLost: (customerId, reason, markedOn, rules) => port.markCustomerLost(customerId, reason, markedOn, rules, language),
    importProspectsFromSheet: (options) => port.importProspectsFromSheet({ ...options, language }),
    saveProspectsAndFunnel: (changed) => port.saveProspectsAndFunnel(changed, language),
  };
}

export const WorkPortContext = createContext<WorkPort | null>(null);

export function useWorkPort(): WorkPort {
  const port = useContext(WorkPortContext);
  if (!port) throw new Error('The work area needs its port: render it inside WorkPortContext (App does).');
  return port;
}
