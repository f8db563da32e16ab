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
import { planChoice, planTargets, selectPlanCustomers, type PlanSelection } from './plans/plan';
import { mergePlans, planLines, planProgress, type ExistingPlanRow, type PlanLine, type PlanMerge, type PlanProgress } from './plans/table';
import { productComposition, type ProductComposition } from './products/composition';
import type { CustomerSatisfaction } from './satisfaction/summary';
import type { CustomerResult, ScoringResult } from './score';
import type { CustomerColumns } from './scoring/customerColumns';
import { tierName } from './segments/tiers';
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

/** The scored customers as objects (scoreCustomers) or as columns (scoreCustomerColumns). */
export type StudyCustomers =
  { customers: readonly Pick<CustomerResult, 'customerId' | 'name' | 'businessType' | 'tier'>[] } | { columns: Pick<CustomerColumns, 'length' | 'ids' | 'names' | 'businessTypes' | 'tier'> };

/** selectPlanCustomers on columns: id and name of each chosen customer, in id order. */
function chosenOfColumns(columns: Extract<StudyCustomers, { columns: unknown }>['columns'], selection: PlanSelection): { customerId: string; name: string | null }[] {
  const chosen = planChoice(selection);
  const out: { customerId: string; name: string | null }[] = [];
  for (let i = 0; i < columns.length; i++) {
    const customerId = columns.ids[i] as string;
    if (chosen(customerId, columns.businessTypes[i] ?? null, tierName(columns.tier[i] as number))) out.push({ customerId, name: columns.names[i] ?? null });
  }
  return out;
}

/** Names of the customers in `wanted` (the plan rows'): only those are looked up. */
function namesOf(scoring: StudyCustomers, wanted: ReadonlySet<string>): Map<string, string | null> {
  const names = new Map<string, string | null>();
  if ('columns' in scoring) {
    const { ids } = scoring.columns;
    for (let i = 0; i < ids.length; i++) if (wanted.has(ids[i] as string)) names.set(ids[i] as string, scoring.columns.names[i] ?? null);
  } else {
    for (const c of scoring.customers) if (wanted.has(c.customerId)) names.set(c.customerId, c.name);
  }
  return names;
}

export function studiesReport(
  analysis: { orders?: readonly OrderRow[] | undefined; orderTable?: OrderTable | null | undefined; customers: readonly WorkbookAnalysis['customers'][number][] } & Pick<
    WorkbookAnalysis,
    'mapping' | 'survey'
  >,
  scoring: Pick<ScoringResult, 'seasonality' | 'asOf' | 'satisfaction'> & StudyCustomers,
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
  const chosen = 'columns' in scoring ? chosenOfColumns(scoring.columns, config.plans) : selectPlanCustomers(scoring.customers, config.plans);
  const plan = planTargets(
    chosen.map((c) => ({ customerId: c.customerId, name: c.name })),
    orders,
    scoring.seasonality.index,
    { startMonth, growth: config.plans.growth, lineGrowth: config.plans.lineGrowth },
  );
  const merged = mergePlans(plan.targets, existingPlans, startMonth);
  const names = namesOf(scoring, new Set(merged.targets.map((t) => t.customerId)));
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
