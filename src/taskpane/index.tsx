// Must stay the first import: it configures zod before any schema is created.
import '../domain/noEval';
import { createRoot } from 'react-dom/client';
import { displayLanguage, officeTheme, whenOfficeReady } from '../excel/host';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { localeFromDisplayLanguage } from './i18n/messages';
import { excelWorkbook } from './services/excelWorkbook';
import { createScoringClient } from './services/scoringWorker';
import { spawnScoringWorker } from './services/spawnWorker';

async function main(): Promise<void> {
  await whenOfficeReady();
  const element = document.getElementById('taskpane-root');
  if (!element) throw new Error('The task pane page has no #taskpane-root element.');
  const locale = localeFromDisplayLanguage(displayLanguage());
  document.documentElement.lang = displayLanguage();
  createRoot(element).render(
    <I18nProvider initialLocale={locale}>
      <App port={excelWorkbook} client={createScoringClient(spawnScoringWorker)} dark={officeTheme().dark} />
    </I18nProvider>,
  );
}

void main();
