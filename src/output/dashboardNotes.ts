/**
 * The notes of a run's studies on the dashboard sheet (docs/sheet-language.md, "The domain's
 * notes"): what the mapping (a header written twice, a currency conversion), the seasonal index,
 * the survey and the sales plans say about the data (a short
 * history, a customer's sales scaled up to a year, ...), one cell each in the workbook's language,
 * in a column of their own right of the plan table. Add-in and CLI alike.
 */
import { MAPPING_NOTE_CODES, type MappingNote } from '../domain/mapping/mappingNotes';
import type { CellValue } from '../domain/model';
import type { StudyNotice } from '../domain/studyNotices';
import type { SheetLanguage } from './language';
import { mappingNoteText } from './mappingNoteWords';
import { studyNoticeText } from './studyNoticeWords';

/** Column AN: right of the plan table (AE-AJ); no chart is placed over or right of it. */
export const DASHBOARD_NOTES_COLUMN = 39;

const HEADER: Record<SheetLanguage, string> = { en: 'Notes on the data', 'zh-CN': '数据说明', 'zh-TW': '資料說明' };

/** A note on the data: the studies' (StudyNotice) or the mapping's (MappingNote: a header written twice, a conversion ...). */
export type DataNote = StudyNotice | MappingNote;

const MAPPING_CODES: ReadonlySet<string> = new Set(MAPPING_NOTE_CODES);
const isMappingNote = (n: DataNote): n is MappingNote => MAPPING_CODES.has(n.code);

/** Header first, one row per notice; none without notices. */
export function dashboardNoteRows(notices: readonly DataNote[], language: SheetLanguage): CellValue[][] {
  if (notices.length === 0) return [];
  return [[HEADER[language]], ...notices.map((n) => [isMappingNote(n) ? mappingNoteText(n, language) : studyNoticeText(n, language)])];
}
