/**
 * Which sheet holds the orders (required), which the customers (optional) and which a
 * satisfaction survey (optional, docs/satisfaction.md): the order sheet must map all its required
 * fields, a survey sheet customer ids and at least three survey scores; sheet names ("Orders",
 * "订单", "Customers", "客户", "Survey", "满意度") tip the balance.
 */
import type { Grid } from '../model';
import { detectMapping, type MappingDetection } from './detectMapping';
import { LIST_SEPARATOR, refusal, type Refusal } from '../refusals';

export interface NamedGrid {
  name: string;
  grid: Grid;
}

export interface SheetDetection {
  orders: MappingDetection<'orders'> | null;
  customers: MappingDetection<'customers'> | null;
  survey: MappingDetection<'survey'> | null;
  messages: string[];
  /** Why no order sheet was found (the first message, as a code for the pane to word); null when one was. */
  refusal: Refusal | null;
}

const ORDER_NAME = /order|sales|transaction|invoice|订单|销售|交易|发票|出货/i;
const CUSTOMER_NAME = /customer|client|account|buyer|客户|顾客|买家|客戶/i;
const SURVEY_NAME = /survey|satisfaction|questionnaire|feedback|调查|满意|问卷|调研|滿意|問卷/i;
const NAME_HINT = 3;
/** Score columns a sheet needs before it counts as a survey. */
export const MIN_SURVEY_SCORES = 3;
/** A sheet that maps as an order sheet is a poor customer sheet even though it has customer ids. */
const LOOKS_LIKE_ORDERS = 5;

function nameHint(name: string, wanted: RegExp, other: RegExp): number {
  return (wanted.test(name) ? NAME_HINT : 0) - (other.test(name) ? NAME_HINT : 0);
}

export function detectSheets(sheets: readonly NamedGrid[]): SheetDetection {
  const detections = sheets.map((sheet) => ({
    name: sheet.name,
    orders: detectMapping(sheet.grid, 'orders', sheet.name),
    customers: detectMapping(sheet.grid, 'customers', sheet.name),
    survey: detectMapping(sheet.grid, 'survey', sheet.name),
  }));
  let orders: (typeof detections)[number] | null = null;
  let orderScore = -Infinity;
  for (const d of detections) {
    if (d.orders.missingRequired.length > 0) continue;
    const score = d.orders.quality + nameHint(d.name, ORDER_NAME, CUSTOMER_NAME);
    if (score > orderScore) [orders, orderScore] = [d, score];
  }
  let survey: (typeof detections)[number] | null = null;
  let surveyScore = -Infinity;
  for (const d of detections) {
    if (d === orders || d.survey.missingRequired.length > 0 || surveyScoreColumns(d.survey) < MIN_SURVEY_SCORES) continue;
    const score = d.survey.quality + nameHint(d.name, SURVEY_NAME, ORDER_NAME);
    if (score > surveyScore) [survey, surveyScore] = [d, score];
  }
  let customers: (typeof detections)[number] | null = null;
  let customerScore = -Infinity;
  for (const d of detections) {
    if (d === orders || d === survey || d.customers.missingRequired.length > 0) continue;
    const score = d.customers.quality + nameHint(d.name, CUSTOMER_NAME, ORDER_NAME) - (d.orders.missingRequired.length === 0 ? LOOKS_LIKE_ORDERS : 0);
    if (score > customerScore) [customers, customerScore] = [d, score];
  }
  const messages: string[] = [];
  const noOrders = orders ? null : refusal('no-order-sheet', { sheets: sheets.map((s) => s.name).join(LIST_SEPARATOR) });
  if (noOrders) messages.push(noOrders.message);
  return {
    orders: orders?.orders ?? null,
    customers: customers?.customers ?? null,
    survey: survey?.survey ?? null,
    messages,
    refusal: noOrders ? { code: noOrders.code, values: noOrders.values } : null,
  };
}

function surveyScoreColumns(detection: MappingDetection<'survey'>): number {
  return Object.keys(detection.mapping.columns).filter((f) => f !== 'customerId' && f !== 'surveyDate').length;
}
