/**
 * Hosts the real task-pane bundle (taskpane.js, the file Excel loads) in an iframe, as Office
 * hosts a pane in its own web view: the pane gets its own document (#taskpane-root), the
 * simulator's `Office` and `Excel` on its window, and the task pane's Content-Security-Policy, so
 * code that would break in Excel (eval, inline scripts) breaks here too. Reloading the pane
 * replaces the iframe, which also lets the bundle start over cleanly.
 */
const PANE_SCRIPT = 'taskpane.js';

/** The policy of src/taskpane/taskpane.html, without the Office CDN (the simulator stands in for office.js). */
const PANE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'";

export const PANE_FRAME_ID = 'taskpane-frame';

export interface PaneMount {
  /** Puts `Office` and `Excel` on the pane's window before its script runs. */
  install(target: Window): void;
  language: string;
}

export function mountPane(slot: HTMLElement, { install, language }: PaneMount): void {
  const frame = document.createElement('iframe');
  frame.id = PANE_FRAME_ID;
  frame.title = 'Tiers task pane';
  frame.className = 'wb-pane-frame';
  frame.srcdoc = `<!doctype html><html lang="${language}"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${PANE_CSP}"><title>Tiers</title></head><body style="margin:0"><div id="taskpane-root"></div></body></html>`;
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow;
      const doc = frame.contentDocument;
      if (!win || !doc) return;
      install(win);
      const script = doc.createElement('script');
      script.src = new URL(PANE_SCRIPT, document.baseURI).href;
      script.onerror = () => {
        doc.body.textContent = `Could not load ${PANE_SCRIPT}. Build it first (npm run build).`;
      };
      doc.body.append(script);
    },
    { once: true },
  );
  slot.replaceChildren(frame);
}
