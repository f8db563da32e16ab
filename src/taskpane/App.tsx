/** The pane's shell: header with the product name and language, the view tabs, and the active view. */
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, type ComponentType } from 'react';
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { DayNumber } from '../domain/model';
import { useI18n } from './i18n/I18nProvider';
import { TierNamesContext } from './i18n/tierNames';
import type { Locale } from './i18n/messages';
import { mark } from './services/perfMarks';
import type { ScoringClient } from './services/scoringWorker';
import type { WorkbookPort } from './services/workbookPort';
import { workInLanguage, WorkPortContext } from './services/workPort';
import { paneSheetLanguage } from './i18n/sheetLanguage';
import { excelErrorText } from './i18n/excelErrorText';
import { settingsNoteText } from './i18n/settingsNoteText';
import { ExcelSaid } from './components/ExcelSaid';
import { ViewBoundary } from './components/ViewBoundary';
import { usePane } from './state/usePane';
import { RunView } from './views/run/RunView';
import { VIEWS, type ViewId } from './views/viewList';
import type { ViewProps } from './views/viewProps';

export const FIRST_RENDER_MARK = 'tiers:first-render';

export type { ViewProps };

/**
 * The views after the first load on demand: each is a chunk of its own with the Fluent components
 * only it uses, fetched when its tab is first opened or, before that, once the pane has rendered
 * and is idle (`preloadViews`). docs/benchmarks.md, "Sixth session: pane bundle and first render".
 */
const laterViews = {
  weights: () => import(/* webpackChunkName: "view-weights" */ './views/weights/WeightsView').then((m) => ({ default: m.WeightsView })),
  customer: () => import(/* webpackChunkName: "view-customer" */ './views/customer/CustomerView').then((m) => ({ default: m.CustomerView })),
  finance: () => import(/* webpackChunkName: "view-finance" */ './views/finance/FinanceView').then((m) => ({ default: m.FinanceView })),
  work: () => import(/* webpackChunkName: "view-work" */ './work/WorkView').then((m) => ({ default: m.WorkView })),
} satisfies Record<Exclude<ViewId, 'run'>, () => Promise<{ default: ComponentType<ViewProps> }>>;

/** One entry per tab of `VIEWS`. */
const viewComponents: Record<ViewId, ComponentType<ViewProps>> = {
  run: RunView,
  weights: lazy(laterViews.weights),
  customer: lazy(laterViews.customer),
  finance: lazy(laterViews.finance),
  work: lazy(laterViews.work),
};

/** Fetches the later views' chunks once the pane is idle after its first render, so a tab opens at once. */
function preloadViews(): () => void {
  const load = () => {
    for (const view of Object.values(laterViews)) view().catch(() => undefined);
  };
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) {
    const handle = idle(load, { timeout: 3_000 });
    return () => (globalThis as { cancelIdleCallback?: (handle: number) => void }).cancelIdleCallback?.(handle);
  }
  const timer = setTimeout(load, 1_000);
  return () => clearTimeout(timer);
}

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  brand: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
  language: { width: '6.5rem', flexShrink: 0 },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalXS },
  // Excel's default pane is 320 px and users narrow it further: tabs wrap rather than overflow.
  tabList: { flexWrap: 'wrap' },
  main: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  port: WorkbookPort;
  client: ScoringClient;
  dark: boolean;
  asOf?: () => DayNumber;
}

function LanguagePicker() {
  const { t, locale, setLocale } = useI18n();
  const styles = useStyles();
  return (
    <Select className={styles.language} size="small" aria-label={t('language')} value={locale} onChange={(_, data) => setLocale(data.value as Locale)}>
      <option value="en">{t('languageEnglish')}</option>
      <option value="zh">{t('languageChinese')}</option>
      <option value="zh-Hant">{t('languageTraditional')}</option>
    </Select>
  );
}

function Pane({ port, client, asOf }: Omit<AppProps, 'dark'>) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { state, actions } = usePane(port, client, asOf);
  // The work area writes its form values (statuses, task types) in the workbook's language.
  const sheetLanguage = paneSheetLanguage(state.saved.sheetLanguage, state.headers.orders, locale);
  const work = useMemo(() => workInLanguage(port.work, sheetLanguage), [port.work, sheetLanguage]);
  // Marks the first commit, for the first-render benchmark (bench/pane.bench.ts): a layout effect, so
  // the mark falls when the DOM is in place and before the passive effects start reading the workbook.
  useLayoutEffect(() => mark(FIRST_RENDER_MARK), []);
  useEffect(() => preloadViews(), []);
  const View = viewComponents[state.view];
  const notice = state.notice;
  return (
    <div className={styles.pane}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Title3 as="h1" className={styles.title}>
            {t('appTitle')}
          </Title3>
          <Text size={200} className={styles.tagline}>
            {t('appTagline')}
          </Text>
        </div>
        <LanguagePicker />
      </header>
      <nav className={styles.tabs} aria-label={t('views')}>
        <TabList className={styles.tabList} size="small" selectedValue={state.view} onTabSelect={(_, data) => actions.selectView(data.value as ViewId)}>
          {VIEWS.map((v) => (
            <Tab key={v.id} value={v.id}>
              {t(v.label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main} aria-label={t(VIEWS.find((v) => v.id === state.view)?.label ?? 'viewRun')}>
        {state.editWait && (
          <MessageBar intent="warning" role="status">
            <MessageBarBody>{t('finishEditingCell')}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>
              {notice.key ? t(notice.key, notice.values) : notice.excel ? excelErrorText(notice.excel.code, locale) : notice.text}
              {notice.settings && (
                <ul>
                  {notice.settings.map((note, i) => (
                    <li key={i}>{settingsNoteText(t, note)}</li>
                  ))}
                </ul>
              )}
              <ExcelSaid error={notice.excel} />
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={t('dismiss')} onClick={actions.dismissNotice}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        )}
        <WorkPortContext.Provider value={work}>
          <TierNamesContext.Provider value={state.saved.tierNames}>
            <ViewBoundary key={state.view}>
              <Suspense fallback={<Spinner size="small" label={t('loadingView')} />}>
                <View state={state} actions={actions} />
              </Suspense>
            </ViewBoundary>
          </TierNamesContext.Provider>
        </WorkPortContext.Provider>
      </main>
    </div>
  );
}

export function App({ port, client, dark, asOf }: AppProps) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Pane port={port} client={client} {...(asOf ? { asOf } : {})} />
    </FluentProvider>
  );
}
