/** Renders a React node into a detached container and returns its text, for pane tests under jsdom. */
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export async function renderedText(node: ReactNode): Promise<string> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  const text = container.textContent ?? '';
  await act(async () => root.unmount());
  container.remove();
  return text;
}
