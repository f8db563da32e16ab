// The browser build of exceljs bundles its own Node polyfills; its API is the package's.
declare module 'exceljs/dist/exceljs.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}

// JSZip's browser build, for the add-in parts exceljs does not read (src/workbench/xlsxLoader.ts).
declare module 'jszip/dist/jszip.min.js' {
  import JSZip from 'jszip';
  export default JSZip;
}
