/**
 * The owned "Tiers Products" sheet (docs/products.md, "Output"), for the add-in and the CLI alike:
 * the product ABC table (all products first, then within each business type), notes on the right,
 * and a Pareto chart over the first rows (sales as columns, cumulative share as a line on a
 * secondary percentage axis). On a workbook whose products cannot be ranked: only the note.
 */
import type { CellValue } from '../domain/model';
import type { ProductComposition, ProductTable } from '../domain/products/composition';
import type { SheetLanguage } from './language';
import { round, TEXT_FORMAT, type ColumnKind } from './format';
import { studyNoticeText } from './studyNoticeWords';

export { PRODUCTS_SHEET } from './sheets';
export const PRODUCTS_CHART = 'Tiers Products Pareto';

// Product, sales and cumulative share side by side: the Pareto chart's source is that one block.
const COLUMNS = ['rank', 'product', 'sales', 'cumulativeShare', 'share', 'abc', 'quantity', 'profit', 'margin', 'marginCoverage', 'businessType'] as const;
type ProductColumn = (typeof COLUMNS)[number];

const HEADERS: Record<SheetLanguage, Record<ProductColumn, string>> = {
  en: {
    businessType: 'Business type',
    rank: 'Rank',
    product: 'Product',
    sales: 'Sales',
    share: 'Share',
    cumulativeShare: 'Cumulative share',
    abc: 'ABC',
    quantity: 'Quantity',
    profit: 'Profit',
    margin: 'Gross margin',
    marginCoverage: 'Margin covers',
  },
  'zh-CN': {
    businessType: '业务类型',
    rank: '排名',
    product: '产品',
    sales: '销售额',
    share: '占比',
    cumulativeShare: '累计占比',
    abc: 'ABC',
    quantity: '数量',
    profit: '利润',
    margin: '毛利率',
    marginCoverage: '毛利覆盖',
  },
  'zh-TW': {
    businessType: '業務類型',
    rank: '排名',
    product: '產品',
    sales: '銷售額',
    share: '佔比',
    cumulativeShare: '累計佔比',
    abc: 'ABC',
    quantity: '數量',
    profit: '利潤',
    margin: '毛利率',
    marginCoverage: '毛利覆蓋',
  },
};

const KINDS: Record<ProductColumn, ColumnKind> = {
  businessType: 'text',
  rank: 'number',
  product: 'text',
  sales: 'number',
  share: 'number',
  cumulativeShare: 'number',
  abc: 'text',
  quantity: 'number',
  profit: 'number',
  margin: 'number',
  marginCoverage: 'number',
};
const FORMATS: Record<ProductColumn, string> = {
  businessType: TEXT_FORMAT,
  rank: '0',
  product: TEXT_FORMAT,
  sales: '#,##0.00',
  share: '0.0%',
  cumulativeShare: '0.0%',
  abc: TEXT_FORMAT,
  quantity: '#,##0.##',
  profit: '#,##0.00',
  margin: '0.0%',
  marginCoverage: '0%',
};

export const PRODUCT_WIDTH = COLUMNS.length;
export const PRODUCT_KINDS: readonly ColumnKind[] = COLUMNS.map((c) => KINDS[c]);
export const PRODUCT_FORMATS: readonly string[] = COLUMNS.map((c) => FORMATS[c]);
/** The notes column, one column right of the table. */
export const NOTES_COLUMN = PRODUCT_WIDTH + 1;
/** Products the Pareto chart shows at most (the table holds them all). */
export const PARETO_PRODUCTS = 30;

const WORDS: Record<SheetLanguage, { all: string; blankType: string; notes: string; title: string; x: string; y: string; y2: string }> = {
  en: { all: 'All', blankType: '(none)', notes: 'Notes', title: 'Products: Pareto of sales', x: 'Products ranked by sales', y: 'Sales', y2: 'Cumulative share' },
  'zh-CN': { all: '全部', blankType: '(无)', notes: '说明', title: '产品销售帕累托图', x: '按销售额排名的产品', y: '销售额', y2: '累计占比' },
  'zh-TW': { all: '全部', blankType: '(無)', notes: '說明', title: '產品銷售柏拉圖', x: '依銷售額排名的產品', y: '銷售額', y2: '累計佔比' },
};

/** The ranking's notes (StudyNotice codes from the domain) in the workbook's language. */
export function productNotes(products: ProductComposition, language: SheetLanguage): string[] {
  return products.notices.map((n) => studyNoticeText(n, language));
}

function tableRows(table: ProductTable, label: string): CellValue[][] {
  return table.entries.map((e) => [
    e.rank,
    e.product,
    round(e.sales, 2),
    round(e.cumulativeShare, 4),
    round(e.share, 4),
    e.abc,
    round(e.quantity, 2),
    round(e.profit, 2),
    round(e.margin, 4),
    e.profit === null ? null : round(e.marginCoverage, 4),
    label,
  ]);
}

export interface ProductsSheet {
  /** Header row first; the table's rows, then blank cells where notes reach further down. */
  rows: CellValue[][];
  /** Rows (below the header) of the overall table; the chart's data is its first `chartRows`. */
  overallRows: number;
  chartRows: number;
  notes: string[];
  chart: { name: string; title: string; axes: { x: string; y: string; y2: string }; series: [string, string] } | null;
}

export function productsSheet(products: ProductComposition, language: SheetLanguage): ProductsSheet {
  const words = WORDS[language];
  const headers = HEADERS[language];
  const notes = productNotes(products, language);
  const body: CellValue[][] = [];
  if (products.basis !== 'none') {
    // Row by row, not push(...rows): a spread of a few hundred thousand products overflows the stack.
    for (const row of tableRows(products.overall, words.all)) body.push(row);
    for (const group of products.byBusinessType) for (const row of tableRows(group.table, group.businessType ?? words.blankType)) body.push(row);
  }
  const rows: CellValue[][] = [products.basis === 'none' ? new Array<CellValue>(PRODUCT_WIDTH).fill(null) : COLUMNS.map((c) => headers[c]), ...body];
  if (products.basis === 'none') (rows[0] as CellValue[])[0] = notes[0] ?? null;
  else {
    // Notes to the right of the table, header first.
    const noteCells = notes.length > 0 ? [words.notes, ...notes] : [];
    noteCells.forEach((note, r) => {
      while (rows.length <= r) rows.push(new Array<CellValue>(PRODUCT_WIDTH).fill(null));
      const row = rows[r] as CellValue[];
      while (row.length < NOTES_COLUMN) row.push(null);
      row[NOTES_COLUMN] = note;
    });
  }
  const overallRows = products.basis === 'none' ? 0 : products.overall.entries.length;
  const chartRows = Math.min(PARETO_PRODUCTS, overallRows);
  return {
    rows,
    overallRows,
    chartRows,
    notes,
    chart: chartRows === 0 ? null : { name: PRODUCTS_CHART, title: words.title, axes: { x: words.x, y: words.y, y2: words.y2 }, series: [headers.sales, headers.cumulativeShare] },
  };
}

/** 0-based columns of the chart's categories, columns (sales) and line (cumulative share). */
export const PARETO_COLUMNS = { product: COLUMNS.indexOf('product'), sales: COLUMNS.indexOf('sales'), cumulative: COLUMNS.indexOf('cumulativeShare') } as const;
/** Where the chart sits: right of the notes column, from the top. */
export const PRODUCTS_CHART_PLACE = { fromRow: 1, fromColumn: NOTES_COLUMN + 2, toRow: 22, toColumn: NOTES_COLUMN + 10 } as const;
