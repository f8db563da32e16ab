/**
 * The part of Office's common API that a host supplies, emulated: `Office.onReady`,
 * `Office.context` (displayLanguage, requirements.isSetSupported, officeTheme) and
 * `Office.context.document.addHandlerAsync` for the document selection event, which the client
 * library's `OfficeJsEventRegistration.register` uses for `Workbook.onSelectionChanged` (event id 2).
 * Everything else (Excel.run, proxies, load/sync, errors) is Microsoft's client library.
 * learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime
 */
export const HostType = { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' } as const;
export const PlatformType = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' } as const;

export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
}

export const LIGHT_THEME: OfficeTheme = { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#000000', isDarkTheme: false };
export const DARK_THEME: OfficeTheme = { bodyBackgroundColor: '#292929', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#3B3B3B', controlForegroundColor: '#FFFFFF', isDarkTheme: true };

/** Compares dotted versions numerically ("1.10" > "1.9"). */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

type AsyncCallback = (result: { status: 'succeeded' | 'failed'; value?: unknown; error?: { code: number; message: string } }) => void;
type DocumentHandler = (args: { type: string; document: unknown }) => unknown;

export interface SimulatedDocument {
  addHandlerAsync(eventType: string, handler: DocumentHandler, optionsOrCallback?: unknown, callback?: AsyncCallback): void;
  removeHandlerAsync(eventType: string, options?: { handler?: DocumentHandler } | AsyncCallback, callback?: AsyncCallback): void;
  /** Host side: raises an event to the handlers registered for it. */
  raise(eventType: string): void;
}

/** `Office.EventType.DocumentSelectionChanged`. */
export const DOCUMENT_SELECTION_CHANGED = 'documentSelectionChanged';

function createDocument(): SimulatedDocument {
  const handlers = new Map<string, DocumentHandler[]>();
  const done = (...args: unknown[]) => {
    const cb = args.find((a) => typeof a === 'function') as AsyncCallback | undefined;
    cb?.({ status: 'succeeded' });
  };
  const document: SimulatedDocument = {
    addHandlerAsync(eventType, handler, optionsOrCallback, callback) {
      handlers.set(eventType, [...(handlers.get(eventType) ?? []), handler]);
      done(optionsOrCallback, callback);
    },
    removeHandlerAsync(eventType, options, callback) {
      const handler = typeof options === 'object' ? options.handler : undefined;
      handlers.set(eventType, handler ? (handlers.get(eventType) ?? []).filter((h) => h !== handler) : []);
      done(options, callback);
    },
    raise(eventType) {
      for (const h of handlers.get(eventType) ?? []) void Promise.resolve().then(() => h({ type: eventType, document }));
    },
  };
  return document;
}

export interface SimulatedOffice {
  HostType: typeof HostType;
  PlatformType: typeof PlatformType;
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    officeTheme: OfficeTheme;
    platform: string;
    host: string;
    requirements: { isSetSupported(name: string, version?: string): boolean };
    document: SimulatedDocument;
  };
}

export function createOffice(maxExcelApi: () => string): SimulatedOffice {
  const info = { host: HostType.Excel, platform: PlatformType.OfficeOnline };
  return {
    HostType,
    PlatformType,
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: 'en-US',
      officeTheme: { ...LIGHT_THEME },
      platform: info.platform,
      host: info.host,
      requirements: {
        isSetSupported(name: string, version = '1.1') {
          return name === 'ExcelApi' && versionAtMost(version, maxExcelApi());
        },
      },
      document: createDocument(),
    },
  };
}
