import { createRoot } from 'react-dom/client';
import { whenOfficeReady } from '../excel/host';
import { App } from './App';

async function main(): Promise<void> {
  await whenOfficeReady();
  const element = document.getElementById('taskpane-root');
  if (!element) throw new Error('The task pane page has no #taskpane-root element.');
  createRoot(element).render(<App />);
}

void main();
