/** The simulator as the workbench uses it: created from a WorkbookInit, with a settable display language. */
import { createSimulator, type Simulator } from '../simulator';
import type { WorkbookInit } from '../simulator/model';

export type SimulatorHandle = Simulator;

export function startSimulator(init: WorkbookInit): SimulatorHandle {
  return createSimulator(init);
}

export function setDisplayLanguage(handle: SimulatorHandle, language: string): void {
  handle.Office.context.displayLanguage = language;
}
