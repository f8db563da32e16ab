/** The --json report's product composition, satisfaction and plans (docs/products.md, docs/satisfaction.md, docs/plans.md). */
import { isoFromDay } from '../../domain/dates';
import { monthText } from '../../domain/plans/months';
import type { ProductTable } from '../../domain/products/composition';
import type { StudiesReport } from '../../domain/studies';
import type { PlanLine, PlanProgress } from '../../domain/plans/table';
import { studyNoticeEnglish } from '../../domain/studyNotices';
import { JsonList } from './jsonFile';
import { FlatShape } from './jsonBytes';

const finite = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : x);

function productTableJson(table: ProductTable): Record<string, unknown> {
  return {
    total: table.total,
    abcCounts: table.abcCounts,
    products: table.entries.map((e) => ({
      rank: e.rank,
      product: e.product,
      sales: e.sales,
      quantity: e.quantity,
      rows: e.rows,
      profit: e.profit,
      margin: finite(e.margin),
      marginCoverage: e.marginCoverage,
      share: e.share,
      cumulativeShare: e.cumulativeShare,
      abc: e.abc,
    })),
  };
}

/** A plan row in the report (docs/plans.md). */
export const PLAN_ROW = new FlatShape<PlanLine>([
  ['customerId', (l) => l.customerId],
  ['month', (l) => monthText(l.month)],
  ['productLine', (l) => l.productLine],
  ['targetAmount', (l) => l.targetAmount],
  ['targetQuantity', (l) => l.targetQuantity],
  ['cumulativeTarget', (l) => l.cumulativeTarget],
  ['schedule', (l) => l.scheduleNote],
  ['support', (l) => l.supportNote],
  ['actualAmount', (l) => l.actualAmount],
  ['actualQuantity', (l) => l.actualQuantity],
  ['gapAmount', (l) => l.gapAmount],
  ['gapPct', (l) => finite(l.gapPct)],
  ['edited', (l) => l.edited],
]);

/** A customer's month of plan progress in the report. */
export const PLAN_PROGRESS = new FlatShape<PlanProgress>([
  ['customerId', (p) => p.customerId],
  ['month', (p) => monthText(p.month)],
  ['target', (p) => p.target],
  ['actual', (p) => p.actual],
  ['gapAmount', (p) => p.gapAmount],
  ['gapPct', (p) => finite(p.gapPct)],
]);

export function studiesJson(studies: StudiesReport): Record<string, unknown> {
  const { products, satisfaction, plans } = studies;
  return {
    products: {
      basis: products.basis,
      notes: products.notices.map(studyNoticeEnglish),
      unassigned: products.unassigned,
      ...productTableJson(products.overall),
      byBusinessType: products.byBusinessType.map((g) => ({ businessType: g.businessType, ...productTableJson(g.table) })),
    },
    satisfaction: satisfaction
      ? {
          scale: satisfaction.scale,
          warnings: satisfaction.warnings,
          customers: satisfaction.customers.map((c) => ({
            id: c.customerId,
            surveys: c.surveys,
            lastDate: c.lastDate === null ? null : isoFromDay(c.lastDate),
            overall: c.overall,
            groups: c.groups,
            items: c.items,
          })),
        }
      : null,
    plans: {
      startMonth: monthText(plans.startMonth),
      customers: plans.customers,
      notes: plans.notes,
      withoutBase: plans.withoutBase,
      shortHistory: plans.shortHistory,
      keptEdited: plans.merge.keptEdited,
      keptPast: plans.merge.keptPast,
      dropped: plans.merge.dropped,
      // Plan rows and progress made one by one as the report is written (JsonList): hundreds of thousands at a million order lines.
      rows: new JsonList(
        plans.lines.length,
        (i) => PLAN_ROW.object(plans.lines[i] as PlanLine),
        (i, out) => PLAN_ROW.write(plans.lines[i] as PlanLine, out),
      ),
      progress: new JsonList(
        plans.progress.length,
        (i) => PLAN_PROGRESS.object(plans.progress[i] as PlanProgress),
        (i, out) => PLAN_PROGRESS.write(plans.progress[i] as PlanProgress, out),
      ),
    },
  };
}
