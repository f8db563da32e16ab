// Must stay the first import: it configures zod before any schema is created.
import '../domain/noEval';
import { createRoot } from 'react-dom/client';
import { displayLanguage, officeTheme, watchOfficeTheme, whenOfficeReady } from '../excel/host';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { loadCatalogue, localeFromDisplayLanguage } from './i18n/messages';
import { excelWorkbook } from './services/excelWorkbook';
import { createScoringClient } from './services/scoringWorker';
import { mark } from './services/perfMarks';
import { spawnScoringWorker } from './services/spawnWorker';

// The entry's modules are evaluated (bench/pane.bench.ts prints the phases of the pane's load).
mark('tiers:evaluated');

async function main(): Promise<void> {
  await whenOfficeReady();
  mark('tiers:office-ready');
  const element = document.getElementById('taskpane-root');
  if (!element) throw new Error('The task pane page has no #taskpane-root element.');
  // The opening language's text before the first render (Traditional Chinese is a chunk of its own);
  // English if that chunk cannot be fetched.
  const wanted = localeFromDisplayLanguage(displayLanguage());
  const locale = await loadCatalogue(wanted).then(
    () => wanted,
    () => 'en' as const,
  );
  document.documentElement.lang = displayLanguage();
  const root = createRoot(element);
  const client = createScoringClient(spawnScoringWorker);
  // Rendered again (same tree, state kept) when the Office theme changes while the pane is open.
  const render = (dark: boolean) =>
    root.render(
      <I18nProvider initialLocale={locale}>
        <App port={excelWorkbook} client={client} dark={dark} />
      </I18nProvider>,
    );
  render(officeTheme().dark);
  watchOfficeTheme((theme) => render(theme.dark));
}

void main();
