/**
 * Registers Microsoft's Office.js client library for the simulator (jest setupFiles): each
 * simulator evaluates its own copy of `@microsoft/office-js/dist/<flavour>.js` in a Node `vm`
 * context. OFFICE_JS picks the file: excel-win32-16.01 (default) or excel-web-16.00, optionally
 * with `.debug` for the readable twin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
// The module that holds the loader, not the simulator's index: every test file runs this setup, and
// most never create a simulator; importing the index would load the whole emulated host into each
// (about 0.2 s of CPU per file). The simulator, when a test imports it, reads the same module.
import { setClientLibraryLoader, type ClientLibrary } from '../../src/simulator/host/clientLibrary';

const flavour = process.env.OFFICE_JS ?? 'excel-win32-16.01';
const file = join(__dirname, '../../node_modules/@microsoft/office-js/dist', `${flavour}.js`);
let script: Script | undefined;

setClientLibraryLoader((): ClientLibrary => {
  script ??= new Script(readFileSync(file, 'utf8'), { filename: file });
  // The library's own globals live in the sandbox; Promise, Error and JSON are this realm's, so
  // its errors are `instanceof Error` and its promises are ordinary promises here.
  const sandbox: Record<string, unknown> = {
    navigator: { userAgent: 'node' },
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    Error,
    TypeError,
    RangeError,
    JSON,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  script.runInContext(createContext(sandbox));
  return { Excel: sandbox.Excel, OfficeExtension: sandbox.OfficeExtension, global: sandbox, flavour };
});
