/**
 * Registers Microsoft's Office.js client library for the workbench's simulator: the file from
 * `@microsoft/office-js` (never a CDN) is bundled as text and evaluated in a hidden same-origin
 * iframe, one per simulator, so each workbook gets a fresh copy of the library's globals.
 */
import source from '@microsoft/office-js/dist/excel-web-16.00.js?source';
import { setClientLibraryLoader, type ClientLibrary } from '../simulator';

const FLAVOUR = 'excel-web-16.00';
let frame: HTMLIFrameElement | undefined;

setClientLibraryLoader((): ClientLibrary => {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'Office.js client library';
  document.body.appendChild(frame);
  const win = frame.contentWindow as (Window & Record<string, unknown>) | null;
  if (!win) throw new Error('The workbench could not create the Office.js frame.');
  (win as unknown as { eval(code: string): unknown }).eval(source);
  return { Excel: win.Excel, OfficeExtension: win.OfficeExtension, global: win, flavour: FLAVOUR };
});
