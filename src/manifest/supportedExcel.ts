/**
 * The oldest Excel Tiers runs in, chosen so that only Chromium-class (WebView2) and Safari WKWebView
 * webviews qualify: the pane is an ES2020 + React 19 bundle, blank in Internet Explorer 11 (Trident)
 * and Microsoft Edge Legacy (EdgeHTML). Reasoning and sources: docs/excel-versions.md.
 */

/** manifest.xml's `<Set Name="ExcelApi" MinVersion>`. */
export const MIN_EXCEL_API = '1.14';

/** The Excel versions ExcelApi 1.14 admits, as the README states them. */
export const ADMITTED_EXCEL = [
  'Excel 2021 and Excel 2024 on Windows',
  'Microsoft 365 on Windows, Version 2108 (Build 14326.20508) or later',
  'Excel on the web',
  'Excel for Mac 16.52 or later',
  'Excel on iPad 16.53 or later',
] as const;

/** ECMAScript version of the oldest webview those versions use (Safari 14's WKWebView); dist/ must parse at it. */
export const OLDEST_ENGINE_ECMA_VERSION = 2020;
