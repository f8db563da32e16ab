/**
 * usePane without the views: mounts a component that only holds the pane's controller, so a test
 * or a bench drives the same actions the views call (run, setDraft, apply) over a real port.
 * Needs a DOM (jest's jsdom environment, or installDom() in a Node script).
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { DayNumber } from '../../../src/domain/model';
import type { ScoringClient } from '../../../src/taskpane/services/scoringWorker';
import type { WorkbookPort } from '../../../src/taskpane/services/workbookPort';
import type { PaneState } from '../../../src/taskpane/state/paneState';
import { usePane, type PaneActions } from '../../../src/taskpane/state/usePane';

export interface MountedPane {
  state(): PaneState;
  actions(): PaneActions;
  /** Calls an action inside React's act(), so the state it dispatches is there when it resolves. */
  act<T>(step: (actions: PaneActions) => Promise<T> | T): Promise<T>;
  /** Waits (letting timers and effects run) until `check` holds; throws after `ms`. */
  until(check: (state: PaneState) => boolean, ms?: number): Promise<void>;
  unmount(): void;
}

/** Puts a jsdom window on globalThis, for Node scripts (jest's jsdom environment has one). */
export async function installDom(): Promise<void> {
  if (typeof document !== 'undefined') return;
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document, HTMLElement: dom.window.HTMLElement });
}

export async function mountPane(port: WorkbookPort, client: ScoringClient, asOf: () => DayNumber): Promise<MountedPane> {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const held: { state: PaneState | null; actions: PaneActions | null } = { state: null, actions: null };
  function Harness(): null {
    const pane = usePane(port, client, asOf);
    held.state = pane.state;
    held.actions = pane.actions;
    return null;
  }
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  await act(async () => root.render(createElement(Harness)));
  const state = (): PaneState => {
    if (!held.state) throw new Error('The pane is not mounted.');
    return held.state;
  };
  return {
    state,
    actions: () => {
      if (!held.actions) throw new Error('The pane is not mounted.');
      return held.actions;
    },
    async act(step) {
      let out: unknown;
      await act(async () => {
        out = await step(held.actions as PaneActions);
      });
      return out as Awaited<ReturnType<typeof step>>;
    },
    async until(check, ms = 60_000) {
      const end = Date.now() + ms;
      while (!check(state())) {
        if (Date.now() > end) throw new Error('The pane did not reach the awaited state.');
        await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
      }
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}
