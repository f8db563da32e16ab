/**
 * Microsoft's Office.js client library (`@microsoft/office-js/dist/excel-*.js`), evaluated by the
 * environment (jest: test/support/officeJs.ts; the workbench: src/workbench/officeJs.ts), and the
 * request executor that puts the emulated host behind it.
 *
 * The seam: `ClientRequestContext.prototype.ensureRequestUrlAndHeaderInfo` asks the context's
 * resolver `_createRequestExecutorOrNull()`; the executor's `executeAsync(customData, flags,
 * message)` must resolve to the response object that `processRequestExecutorResponseMessage`
 * reads. Ours does what the library's own `OfficeJsRequestExecutor.prototype.executeAsync` does,
 * with the host in place of `OSF.DDA.RichApi.executeRichApiRequestAsync`.
 */
import type { ExcelHost } from './host';

/* eslint-disable @typescript-eslint/no-explicit-any -- the library is untyped JavaScript */
export interface ClientLibrary {
  /** The library's `Excel` namespace. */
  Excel: any;
  OfficeExtension: any;
  /** The global object the library was evaluated in (its `window`): the host replaces its `Office`. */
  global: Record<string, any>;
  /** Which file: e.g. "excel-win32-16.01". */
  flavour: string;
}

export type ClientLibraryLoader = () => ClientLibrary;

let loader: ClientLibraryLoader | undefined;

/** The environment says how to evaluate the library (once per simulator: each gets its own copy). */
export function setClientLibraryLoader(next: ClientLibraryLoader): void {
  loader = next;
}

export function loadClientLibrary(): ClientLibrary {
  if (!loader) throw new Error('Office.js client library not registered: call setClientLibraryLoader (jest: test/support/officeJs.ts).');
  return loader();
}

/**
 * Gives the library an `Office` whose `context` is the emulated host's. The library reads it as
 * the global `Office` (events: `OfficeJsEventRegistration.register`) and `window.Office`
 * (`CommonUtility.isSetSupported`); its own `Office.context` is a getter, so the emulated one
 * shadows it on an object that inherits the rest of the library's `Office` namespace.
 */
export function installOfficeContext(library: ClientLibrary, context: object): void {
  const office = Object.create(library.global.Office as object) as Record<string, unknown>;
  Object.defineProperty(office, 'context', { value: context, enumerable: true });
  library.global.Office = office;
}

/** `OfficeJsRequestExecutor.SourceLibHeaderValue`. */
const SOURCE_LIB = 'officejs';

/**
 * A sync is a round trip to the host: while it is under way the pane's thread is free, as in
 * Excel, so the executor hands the thread back (a macrotask) before the host runs the batch.
 */
function nextHostTask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface RequestExecutor {
  executeAsync(customData: string, requestFlags: number, requestMessage: { Url: string; Headers: Record<string, string>; Body: unknown }): Promise<unknown>;
}

export function hostExecutor(library: ClientLibrary, host: ExcelHost): RequestExecutor {
  const util = library.OfficeExtension.RichApiMessageUtility;
  return {
    async executeAsync(customData, requestFlags, requestMessage) {
      // The same message array OfficeJsRequestExecutor hands to executeRichApiRequestAsync; [4] is the JSON body text.
      const message = util.buildMessageArrayForIRequestExecutor(customData, requestFlags, requestMessage, SOURCE_LIB) as unknown[];
      await nextHostTask();
      const reply = host.process(message[4] as string);
      if (!reply.ok) return util.buildResponseOnError(reply.code, reply.message);
      // buildResponseOnSuccess's shape, parsed here so loaded values are this realm's arrays and objects.
      return { HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: JSON.parse(reply.body) as unknown };
    },
  };
}

/** What `new Excel.RequestContext(resolver)` accepts (`ClientRequestContext.isRequestUrlAndHeaderInfoResolver`). */
export function hostResolver(executor: RequestExecutor): object {
  return {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve(null),
    _createRequestExecutorOrNull: () => executor,
  };
}
