/** The whole workbench page: toolbar on top, the workbook on the left, the task pane on the right. */
import { useEffect, useRef } from 'react';
import type { Workbook } from '../simulator/model';
import { Toolbar, type ToolbarProps } from './Toolbar';
import { WorkbookView } from './WorkbookView';

export interface WorkbenchProps extends ToolbarProps {
  workbook: Workbook;
  /** Called once with the element the task pane lives in. */
  onPaneSlot(slot: HTMLElement): void;
}

export function Workbench({ workbook, onPaneSlot, ...toolbar }: WorkbenchProps) {
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (slot.current) onPaneSlot(slot.current);
  }, [onPaneSlot]);
  return (
    <div className="wb-app">
      <Toolbar {...toolbar} />
      <main className="wb-main">
        <WorkbookView key={workbookKey(workbook)} workbook={workbook} language={toolbar.language} />
        <aside className="wb-pane" aria-label="Task pane">
          <div className="wb-pane-title">
            <span>Tiers</span>
          </div>
          <div className="wb-pane-body" ref={slot} />
        </aside>
      </main>
    </div>
  );
}

/** A fresh key per workbook object, so a loaded workbook remounts the grid from scratch. */
const keys = new WeakMap<Workbook, number>();
let nextKey = 1;
function workbookKey(workbook: Workbook): number {
  let key = keys.get(workbook);
  if (key === undefined) keys.set(workbook, (key = nextKey++));
  return key;
}
