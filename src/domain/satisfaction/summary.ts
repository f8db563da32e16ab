/**
 * Satisfaction per customer from its survey rows (docs/satisfaction.md): the latest survey, or the
 * mean of the surveys in a window ending on the analysis date. Scores are 0-100.
 */
import type { DayNumber } from '../model';
import { studyNoticeEnglish, type StudyNotice } from '../studyNotices';
import { scoreOutOf100, SURVEY_GROUPS, SURVEY_ITEMS, type SurveyGroup, type SurveyItem, type SurveyResponse, type SurveyScale } from './survey';

export interface SatisfactionOptions {
  mode: 'latest' | 'window';
  /** Window length in days (mode 'window'): surveys dated in (asOf - windowDays, asOf]. */
  windowDays: number;
  asOf: DayNumber;
  scale: SurveyScale;
}

export interface CustomerSatisfaction {
  customerId: string;
  /** Surveys the figures come from. */
  surveys: number;
  /** Date of the latest survey used; null when it is undated. */
  lastDate: DayNumber | null;
  items: Record<SurveyItem, number | null>;
  groups: Record<SurveyGroup, number | null>;
  /** Mean of the groups present (each group weighs the same). */
  overall: number | null;
}

export interface SatisfactionSummary {
  customers: Map<string, CustomerSatisfaction>;
  /** Survey rows left out: dated after the analysis date, or (window mode) undated or before the window. */
  leftOut: { future: number; undated: number; beforeWindow: number };
  /** The rows left out, as codes (worded per language by src/output/studyNoticeWords.ts). */
  notices: StudyNotice[];
  /** The notices in English (studyNoticeEnglish). */
  warnings: string[];
}

function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Latest first: later date, then (same or no date) later sheet row; an undated survey is older than any dated one. */
function later(a: SurveyResponse, b: SurveyResponse): boolean {
  const da = a.date ?? -Infinity;
  const db = b.date ?? -Infinity;
  return da !== db ? da > db : a.row > b.row;
}

function summariseOne(customerId: string, used: readonly SurveyResponse[], scale: SurveyScale): CustomerSatisfaction {
  let last = used[0] as SurveyResponse;
  for (const r of used) if (later(r, last)) last = r;
  const items = {} as Record<SurveyItem, number | null>;
  for (const item of SURVEY_ITEMS) {
    const scores = used.flatMap((r) => (r.scores[item] === null ? [] : [scoreOutOf100(r.scores[item], scale)]));
    items[item] = mean(scores);
  }
  const groups = {} as Record<SurveyGroup, number | null>;
  for (const g of SURVEY_GROUPS) groups[g.id] = mean(g.items.flatMap((item) => (items[item] === null ? [] : [items[item]])));
  const overall = mean(SURVEY_GROUPS.flatMap((g) => (groups[g.id] === null ? [] : [groups[g.id] as number])));
  return { customerId, surveys: used.length, lastDate: last.date, items, groups, overall };
}

export function summariseSatisfaction(responses: readonly SurveyResponse[], options: SatisfactionOptions): SatisfactionSummary {
  const leftOut = { future: 0, undated: 0, beforeWindow: 0 };
  const byCustomer = new Map<string, SurveyResponse[]>();
  for (const r of responses) {
    if (r.date !== null && r.date > options.asOf) {
      leftOut.future++;
      continue;
    }
    if (options.mode === 'window') {
      if (r.date === null) {
        leftOut.undated++;
        continue;
      }
      if (r.date <= options.asOf - options.windowDays) {
        leftOut.beforeWindow++;
        continue;
      }
    }
    const list = byCustomer.get(r.customerId);
    if (list) list.push(r);
    else byCustomer.set(r.customerId, [r]);
  }
  const customers = new Map<string, CustomerSatisfaction>();
  for (const [id, list] of byCustomer) {
    const used = options.mode === 'latest' ? [list.reduce((best, r) => (later(r, best) ? r : best))] : list;
    customers.set(id, summariseOne(id, used, options.scale));
  }
  const notices: StudyNotice[] = [];
  if (leftOut.future > 0) notices.push({ code: 'survey-after-analysis-date', count: leftOut.future });
  if (leftOut.undated > 0) notices.push({ code: 'survey-undated', count: leftOut.undated });
  if (leftOut.beforeWindow > 0) notices.push({ code: 'survey-before-window', count: leftOut.beforeWindow, windowDays: options.windowDays });
  return { customers, leftOut, notices, warnings: notices.map(studyNoticeEnglish) };
}
