/**
 * The three analyses of the source studies beyond customer scoring, from one analysed and scored
 * workbook: product composition (docs/products.md), satisfaction (docs/satisfaction.md) and
 * distributor sales plans with actual against plan (docs/plans.md).
 */
import type { WorkbookAnalysis } from './analyse';
import type { ScoringConfig } from './config';
import type { OrderRow, OrderTable } from './model';
import { orderTableFromRows } from './validation/orderTable';
import { firstPlanMonth } from './plans/months';
import { planTargets, selectPlanCustomers } from './plans/plan';
import { mergePlans, planLines, planProgress, type ExistingPlanRow, type PlanLine, type PlanMerge, type PlanProgress } from './plans/table';
import { productComposition, type ProductComposition } from './products/composition';
import type { CustomerSatisfaction } from './satisfaction/summary';
import type { ScoringResult } from './score';
import { studyNoticeEnglish, type StudyNotice } from './studyNotices';

export interface PlansReport {
  startMonth: number;
  /** Customers chosen for a plan. */
  customers: number;
  lines: PlanLine[];
  progress: PlanProgress[];
  merge: Omit<PlanMerge, 'targets'>;
  /** Chosen customers without sales in the base year: no plan. */
  withoutBase: string[];
  /** Chosen customers with less than a year of history, scaled up (docs/plans.md, "Short history"). */
  shortHistory: { customerId: string; months: number; factor: number }[];
  /** What the plans say about the data, as codes (worded per language by src/output/studyNoticeWords.ts). */
  notices: StudyNotice[];
  /** The notices in English (studyNoticeEnglish): the CLI's JSON. */
  notes: string[];
}

export interface StudiesReport {
  products: ProductComposition;
  /** Null without a survey sheet. */
  satisfaction: { scale: 5 | 10; customers: CustomerSatisfaction[]; notices: StudyNotice[]; warnings: string[] } | null;
  plans: PlansReport;
}

export function studiesReport(
  analysis: { orders?: readonly OrderRow[] | undefined; orderTable?: OrderTable | null | undefined; customers: readonly WorkbookAnalysis['customers'][number][] } & Pick<
    WorkbookAnalysis,
    'mapping' | 'survey'
  >,
  scoring: Pick<ScoringResult, 'customers' | 'seasonality' | 'asOf' | 'satisfaction'>,
  config: Pick<ScoringConfig, 'abc' | 'plans'>,
  existingPlans: readonly ExistingPlanRow[] = [],
): StudiesReport {
  // The order table (analyseWorkbook's); rows are turned into one only when no table came with them.
  const orders = analysis.orderTable ?? orderTableFromRows(analysis.orders ?? []);
  const products = productComposition(orders, analysis.customers, {
    cuts: { a: config.abc.cutA, b: config.abc.cutB },
    productMapped: analysis.mapping.orders?.columns.productLine !== undefined,
  });

  const startMonth = firstPlanMonth(scoring.asOf);
  const chosen = selectPlanCustomers(scoring.customers, config.plans);
  const plan = planTargets(
    chosen.map((c) => ({ customerId: c.customerId, name: c.name })),
    orders,
    scoring.seasonality.index,
    { startMonth, growth: config.plans.growth, lineGrowth: config.plans.lineGrowth },
  );
  const merged = mergePlans(plan.targets, existingPlans, startMonth);
  const names = new Map(scoring.customers.map((c) => [c.customerId, c.name]));
  const lines = planLines(merged.targets, orders, names, startMonth);
  const notices: StudyNotice[] = [];
  if (chosen.length === 0) notices.push({ code: 'plans-none-chosen' });
  if (plan.withoutBase.length > 0) notices.push({ code: 'plans-without-base', count: plan.withoutBase.length });
  for (const short of plan.shortHistory) notices.push({ code: 'plans-short-history', customerId: short.customerId, months: short.months, factor: short.factor });
  if (!scoring.seasonality.index) notices.push({ code: 'plans-no-seasonal-index' });
  const { targets: _targets, ...mergeCounts } = merged;

  const satisfaction =
    scoring.satisfaction && analysis.survey
      ? {
          scale: analysis.survey.scale,
          customers: [...scoring.satisfaction.customers.values()].sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0)),
          notices: scoring.satisfaction.notices,
          warnings: scoring.satisfaction.warnings,
        }
      : null;

  return {
    products,
    satisfaction,
    plans: {
      startMonth,
      customers: chosen.length,
      lines,
      progress: planProgress(lines, orders, startMonth),
      merge: mergeCounts,
      withoutBase: plan.withoutBase,
      shortHistory: plan.shortHistory,
      notices,
      notes: notices.map(studyNoticeEnglish),
    },
  };
}
