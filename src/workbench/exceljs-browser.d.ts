// The browser build of exceljs bundles its own Node polyfills; its API is the package's.
declare module 'exceljs/dist/exceljs.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}
