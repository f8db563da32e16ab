/**
 * Excel's own errors in the pane's language (docs/i18n.md, "Excel's errors"): a failed Office.js
 * call carries a `code` (stable in every language; its `message` is Excel's, in Excel's language).
 * The pane says what happened in a sentence of its own keyed on the code, and keeps Excel's text as
 * a detail line. The codes are those of Microsoft's client library (`Excel.ErrorCodes`,
 * `OfficeExtension.ErrorCodes`; test/taskpane/i18n/excelErrorText.test.ts reads them from it).
 */
import type { Locale } from './messages';

/** What kind of failure a code means to a user; one sentence per kind and language. */
export type ExcelErrorKind =
  | 'cell-edit-mode'
  | 'dialog-open'
  | 'access-denied'
  | 'not-found'
  | 'already-exists'
  | 'invalid'
  | 'insert-delete-conflict'
  | 'range-conflict'
  | 'too-large'
  | 'unsupported'
  | 'inactive-workbook'
  | 'links-blocked'
  | 'connection'
  | 'general';

/** Every code of Microsoft's client library, by kind; a code not listed is 'general'. */
export const EXCEL_ERROR_KINDS: Readonly<Record<string, ExcelErrorKind>> = {
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  WriteNotSupportedWhenModalDialogOpen: 'dialog-open',
  AccessDenied: 'access-denied',
  ItemNotFound: 'not-found',
  InvalidReference: 'not-found',
  InvalidBinding: 'not-found',
  ItemAlreadyExists: 'already-exists',
  InvalidArgument: 'invalid',
  InvalidOperation: 'invalid',
  InvalidSelection: 'invalid',
  EmptyChartSeries: 'invalid',
  InvalidObjectPath: 'invalid',
  InvalidRequestContext: 'invalid',
  ValueNotLoaded: 'invalid',
  PropertyNotLoaded: 'invalid',
  CannotUpdateReadOnlyProperty: 'invalid',
  RunMustReturnPromise: 'invalid',
  CannotRegisterEvent: 'invalid',
  InsertDeleteConflict: 'insert-delete-conflict',
  Conflict: 'range-conflict',
  MergedRangeConflict: 'range-conflict',
  PivotTableRangeConflict: 'range-conflict',
  FilteredRangeConflict: 'range-conflict',
  NonBlankCellOffSheet: 'range-conflict',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  FormulaLengthExceedsLimit: 'too-large',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  ActivityLimitReached: 'too-large',
  ApiNotFound: 'unsupported',
  NotImplemented: 'unsupported',
  UnsupportedFeature: 'unsupported',
  UnsupportedOperation: 'unsupported',
  UnsupportedSheet: 'unsupported',
  InactiveWorkbook: 'inactive-workbook',
  OpenWorkbookLinksBlocked: 'links-blocked',
  RefreshWorkbookLinksBlocked: 'links-blocked',
  ConnectionFailure: 'connection',
  Timeout: 'connection',
  RequestAborted: 'connection',
  InvalidOrTimedOutSession: 'connection',
  GeneralException: 'general',
};

export const EXCEL_ERROR_WORDS: Record<Locale, Record<ExcelErrorKind, string>> = {
  en: {
    'cell-edit-mode': 'Excel is busy while a cell is being edited: finish editing the cell (press Enter or Esc) and try again.',
    'dialog-open': 'A dialog box is open in Excel: close it and try again.',
    'access-denied': 'Excel refused access: the workbook or the sheet may be protected or read-only, or you may not have permission to change it.',
    'not-found': 'Excel could not find a sheet, table or range Tiers needed; it may have been renamed or deleted meanwhile. Try again.',
    'already-exists': 'Excel already has a sheet, table or name with the name Tiers wanted to use: rename yours and try again.',
    invalid: 'Excel refused the operation as not valid for the workbook as it stands. Try again; reload the add-in if it keeps failing.',
    'insert-delete-conflict': 'Excel cannot insert or delete cells there without moving a table, merged cells or another object out of place: make room beside your data and try again.',
    'range-conflict': 'Something in the sheet is in the way: merged cells, a PivotTable, a filter or data at the edge of the sheet. Move it and try again.',
    'too-large': 'The data is too large for one request to Excel. Try again; if it keeps failing, split the data into smaller sheets.',
    unsupported: 'This version of Excel cannot do what Tiers asked of it: update Excel, or use Excel on the web.',
    'inactive-workbook': 'The workbook is not the active one in Excel: click into it and try again.',
    'links-blocked': "Excel blocked the workbook's links to other workbooks: allow them in Excel's Trust Center, or remove them, and try again.",
    connection: 'The connection to Excel was lost or timed out. Try again; reload the add-in if it keeps failing.',
    general: 'Excel could not finish the operation. Try again; reloading the add-in or reopening the workbook usually helps.',
  },
  zh: {
    'cell-edit-mode': '正在编辑单元格时 Excel 无法处理请求：请先完成单元格编辑（按 Enter 或 Esc），然后重试。',
    'dialog-open': 'Excel 中有对话框处于打开状态：请关闭后重试。',
    'access-denied': 'Excel 拒绝访问：工作簿或工作表可能受保护或为只读，或者您没有修改权限。',
    'not-found': 'Excel 找不到 Tiers 所需的工作表、表格或区域，可能已被重命名或删除。请重试。',
    'already-exists': 'Excel 中已有同名的工作表、表格或名称，与 Tiers 要使用的名称冲突：请将您的重命名后重试。',
    invalid: 'Excel 认为该操作对当前工作簿无效。请重试；如果一直失败，请重新加载加载项。',
    'insert-delete-conflict': 'Excel 无法在该处插入或删除单元格，否则会移动表格、合并单元格或其他对象：请在数据旁留出空间后重试。',
    'range-conflict': '工作表中有内容挡住了写入：合并单元格、数据透视表、筛选或工作表边缘的数据。请移开后重试。',
    'too-large': '数据太大，无法在一次请求中交给 Excel。请重试；如果一直失败，请把数据拆分到较小的工作表中。',
    unsupported: '此版本的 Excel 无法完成 Tiers 请求的操作：请更新 Excel，或使用网页版 Excel。',
    'inactive-workbook': '该工作簿不是 Excel 中当前活动的工作簿：请点击该工作簿后重试。',
    'links-blocked': 'Excel 阻止了该工作簿与其他工作簿的链接：请在 Excel 的信任中心允许链接，或删除链接，然后重试。',
    connection: '与 Excel 的连接已断开或超时。请重试；如果一直失败，请重新加载加载项。',
    general: 'Excel 无法完成该操作。请重试；重新加载加载项或重新打开工作簿通常可以解决。',
  },
  'zh-Hant': {
    'cell-edit-mode': '正在編輯儲存格時 Excel 無法處理要求：請先完成儲存格編輯（按 Enter 或 Esc），然後再試一次。',
    'dialog-open': 'Excel 中有對話方塊開啟中：請關閉後再試一次。',
    'access-denied': 'Excel 拒絕存取：活頁簿或工作表可能受保護或為唯讀，或者您沒有修改權限。',
    'not-found': 'Excel 找不到 Tiers 所需的工作表、表格或範圍，可能已被重新命名或刪除。請再試一次。',
    'already-exists': 'Excel 中已有同名的工作表、表格或名稱，與 Tiers 要使用的名稱衝突：請將您的重新命名後再試一次。',
    invalid: 'Excel 認為該操作對目前的活頁簿無效。請再試一次；若一直失敗，請重新載入增益集。',
    'insert-delete-conflict': 'Excel 無法在該處插入或刪除儲存格，否則會移動表格、合併儲存格或其他物件：請在資料旁留出空間後再試一次。',
    'range-conflict': '工作表中有內容擋住了寫入：合併儲存格、樞紐分析表、篩選或工作表邊緣的資料。請移開後再試一次。',
    'too-large': '資料太大，無法在一次要求中交給 Excel。請再試一次；若一直失敗，請把資料拆分到較小的工作表中。',
    unsupported: '此版本的 Excel 無法完成 Tiers 要求的操作：請更新 Excel，或使用網頁版 Excel。',
    'inactive-workbook': '該活頁簿不是 Excel 中目前使用中的活頁簿：請點選該活頁簿後再試一次。',
    'links-blocked': 'Excel 封鎖了該活頁簿與其他活頁簿的連結：請在 Excel 的信任中心允許連結，或移除連結，然後再試一次。',
    connection: '與 Excel 的連線已中斷或逾時。請再試一次；若一直失敗，請重新載入增益集。',
    general: 'Excel 無法完成該操作。請再試一次；重新載入增益集或重新開啟活頁簿通常可以解決。',
  },
};

/** What a failed Excel call holds: its code and Excel's own text. */
export interface ExcelErrorFacts {
  code: string;
  message: string;
}

export function excelErrorKind(code: string): ExcelErrorKind {
  return Object.prototype.hasOwnProperty.call(EXCEL_ERROR_KINDS, code) ? (EXCEL_ERROR_KINDS[code] as ExcelErrorKind) : 'general';
}

/** Our sentence for an Excel error code, in the pane's language. */
export function excelErrorText(code: string, locale: Locale): string {
  return EXCEL_ERROR_WORDS[locale][excelErrorKind(code)];
}

/**
 * The code and text of an error Excel threw (an OfficeExtension.Error, named "RichApi.Error", or
 * anything carrying a code of the client library); null for any other error.
 */
export function excelErrorOf(error: unknown): ExcelErrorFacts | null {
  if (!error || typeof error !== 'object') return null;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof code !== 'string') return null;
  if (name !== 'RichApi.Error' && !Object.prototype.hasOwnProperty.call(EXCEL_ERROR_KINDS, code)) return null;
  return { code, message: typeof message === 'string' ? message : '' };
}
