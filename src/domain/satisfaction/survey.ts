/**
 * The satisfaction survey sheet (docs/satisfaction.md): one row per customer per survey, twelve
 * items in three groups (source 1 of docs/domain.md), each scored 1-5 or 1-10.
 */
import { SURVEY_FIELDS, type DayNumber, type Grid, type SheetMapping, type SurveyField } from '../model';
import type { FieldType } from '../validation/fieldTypes';
import { resolveReadOptions, type ReadOptions } from '../validation/options';
import { problemEnglish } from '../validation/problemEnglish';
import { ProblemLog } from '../validation/problems';
import { readSheet, type RowShape } from '../validation/readSheet';

export type SurveyItem = Exclude<SurveyField, 'customerId' | 'surveyDate'>;
export const SURVEY_ITEMS = SURVEY_FIELDS.filter((f): f is SurveyItem => f !== 'customerId' && f !== 'surveyDate');

export type SurveyGroup = 'product' | 'service' | 'purchase';
export const SURVEY_GROUPS: readonly { id: SurveyGroup; items: readonly SurveyItem[] }[] = [
  { id: 'product', items: ['productQuality', 'productBenefit', 'productDesign', 'productReliability', 'valueForMoney'] },
  { id: 'service', items: ['serviceDelivery', 'complaintHandling', 'disputeResolution'] },
  { id: 'purchase', items: ['purchaseCourtesy', 'purchaseCommunication', 'purchaseInformation', 'purchaseTime'] },
];

export type SurveyScale = 5 | 10;

export interface SurveyResponse {
  /** 1-based sheet row. */
  row: number;
  customerId: string;
  date: DayNumber | null;
  /** Raw scores as written (1-5 or 1-10); null where the cell is blank or bad. */
  scores: Record<SurveyItem, number | null>;
}

export interface SurveyRead {
  rows: SurveyResponse[];
  /** 10 when any score on the sheet is above 5, else 5 (unless the caller fixed it). */
  scale: SurveyScale;
  skippedRows: number;
}

const SURVEY_FIELD_TYPES = Object.fromEntries(SURVEY_FIELDS.map((f): [SurveyField, FieldType] => [f, f === 'customerId' ? 'id' : f === 'surveyDate' ? 'date' : 'score'])) as Record<
  SurveyField,
  FieldType
>;

const SURVEY_SHAPE: RowShape<SurveyField, SurveyResponse> = {
  types: SURVEY_FIELD_TYPES,
  required: ['customerId'],
  build: (v, row) => ({
    row,
    customerId: v.customerId as string,
    date: v.surveyDate as number | null,
    scores: Object.fromEntries(SURVEY_ITEMS.map((item) => [item, v[item] as number | null])) as Record<SurveyItem, number | null>,
  }),
};

/** A survey row without any score says nothing: it is left out with a warning. */
export function readSurvey(grid: Grid, mapping: SheetMapping<'survey'>, options: Partial<ReadOptions> = {}, log?: ProblemLog, scale?: SurveyScale): SurveyRead {
  const resolved = resolveReadOptions(options);
  const problems = log ?? new ProblemLog(resolved.maxProblems);
  const read = readSheet(grid, mapping, SURVEY_SHAPE, resolved, problems);
  const rows: SurveyResponse[] = [];
  let skippedRows = read.skippedRows;
  let highest = 0;
  for (const response of read.rows) {
    const present = SURVEY_ITEMS.map((item) => response.scores[item]).filter((s): s is number => s !== null);
    if (present.length === 0) {
      problems.add({
        sheet: mapping.sheet,
        row: response.row,
        column: null,
        value: response.customerId,
        code: 'survey-row-without-score',
        reason: problemEnglish('survey-row-without-score'),
        severity: 'warning',
      });
      skippedRows++;
      continue;
    }
    for (const s of present) if (s > highest) highest = s;
    rows.push(response);
  }
  return { rows, scale: scale ?? (highest > 5 ? 10 : 5), skippedRows };
}

/** A raw score on a 1-`scale` sheet as 0-100: 1 -> 0, the top of the scale -> 100. */
export function scoreOutOf100(raw: number, scale: SurveyScale): number {
  return (100 * (raw - 1)) / (scale - 1);
}
