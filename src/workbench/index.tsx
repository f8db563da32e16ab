/**
 * Workbench entry: builds the simulator over the sample workbook (generated here, 500 customers /
 * 20,000 orders unless the URL says ?customers=&orders=&seed=; ?sample=zh (Simplified) or ?sample=zh-TW
 * (Traditional) for Chinese headers and sheet names; ?tables=none for plain ranges instead of Excel tables; ?lang=zh-CN for the display language), installs `Office` and `Excel` on
 * the window, renders the workbook view and boots the real task-pane bundle beside it (in an
 * iframe, as Office does; see paneHost).
 * `window.__workbench` is the handle browser tests drive.
 */
import './officeJs';
import { createRoot } from 'react-dom/client';
import type { WorkbookInit } from '../simulator/model';
import { mountPane } from './paneHost';
import { applyFormats, applySettings, sampleBook, type BookWithFormats, type ColumnFormat } from './sampleBook';
import { SAMPLE_LANGUAGES } from '../sample';
import { setDisplayLanguage, startSimulator, type SimulatorHandle } from './simulatorHandle';
import { Workbench } from './Workbench';
import { readXlsx } from './xlsxLoader';

export interface WorkbenchHandle {
  readonly simulator: SimulatorHandle;
  readonly language: string;
  /** Replaces the workbook and restarts the pane. */
  loadInit(init: WorkbookInit, formats?: ColumnFormat[]): void;
  /** Reads an .xlsx file's bytes and loads it. */
  loadXlsx(data: ArrayBuffer): Promise<void>;
  resetSample(): void;
  setLanguage(code: string): void;
  reloadPane(): void;
}

declare global {
  interface Window {
    __workbench?: WorkbenchHandle;
  }
}

const params = new URLSearchParams(window.location.search);
const numberParam = (name: string): number | undefined => {
  const value = Number(params.get(name));
  return params.has(name) && Number.isInteger(value) && value >= 0 ? value : undefined;
};
const sampleOptions = {
  customers: numberParam('customers'),
  orders: numberParam('orders'),
  seed: numberParam('seed'),
  language: SAMPLE_LANGUAGES.find((l) => l === params.get('sample')) ?? 'en',
  tables: params.get('tables') !== 'none',
};

let language = params.get('lang') ?? 'en-US';
let simulator!: SimulatorHandle;
let paneSlot: HTMLElement | null = null;

const element = document.getElementById('workbench-root');
if (!element) throw new Error('The workbench page has no #workbench-root element.');
const root = createRoot(element);

function reloadPane(): void {
  if (paneSlot) mountPane(paneSlot, { install: (target) => simulator.installGlobals(target), language });
}

function load(book: BookWithFormats): void {
  simulator = startSimulator(book.init);
  applyFormats(simulator.workbook, book.formats);
  applySettings(simulator.workbook, book.settings);
  simulator.installGlobals(window);
  setDisplayLanguage(simulator, language);
  render();
  reloadPane();
}

function setLanguage(code: string): void {
  language = code;
  setDisplayLanguage(simulator, code);
  document.documentElement.lang = code;
  render();
  reloadPane();
}

const onPaneSlot = (slot: HTMLElement): void => {
  if (paneSlot === slot) return;
  paneSlot = slot;
  reloadPane();
};

async function loadXlsx(data: ArrayBuffer): Promise<void> {
  load(await readXlsx(data));
}

function render(): void {
  root.render(
    <Workbench
      workbook={simulator.workbook}
      language={language}
      onPaneSlot={onPaneSlot}
      onLoadFile={async (file) => loadXlsx(await file.arrayBuffer())}
      onReset={() => load(sampleBook(sampleOptions))}
      onLanguage={setLanguage}
    />,
  );
}

window.__workbench = {
  get simulator() {
    return simulator;
  },
  get language() {
    return language;
  },
  loadInit: (init, formats = []) => load({ init, formats }),
  loadXlsx,
  resetSample: () => load(sampleBook(sampleOptions)),
  setLanguage,
  reloadPane,
};

// The first render hands over the pane slot, which boots the pane; later loads reboot it.
load(sampleBook(sampleOptions));
