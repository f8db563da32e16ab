/**
 * The sample's satisfaction survey sheet (docs/satisfaction.md): one row per surveyed customer per
 * survey, the twelve items scored 1-5, headers in English, Simplified or Traditional Chinese. About half the customers
 * answered, once or twice in the last year of the history; each customer has a mood the scores
 * scatter around. Drawn from its own random stream, so the customer and order sheets stay as
 * they were without it.
 */
import type { CellValue, Grid, SurveyField } from '../domain/model';
import type { DateWriter } from './cells';
import type { SampleLanguage } from './headers';
import type { SampleWindow } from './profiles';
import type { Random } from './random';

export const SAMPLE_SURVEY_COLUMNS: readonly ({ field: SurveyField } & Record<SampleLanguage, string>)[] = [
  { field: 'customerId', en: 'Customer ID', zh: '客户编号', 'zh-TW': '客戶編號' },
  { field: 'surveyDate', en: 'Survey date', zh: '调查日期', 'zh-TW': '調查日期' },
  { field: 'productQuality', en: 'Product quality', zh: '产品质量', 'zh-TW': '產品品質' },
  { field: 'productBenefit', en: 'Product benefit', zh: '产品利益', 'zh-TW': '產品利益' },
  { field: 'productDesign', en: 'Product design', zh: '产品设计', 'zh-TW': '產品設計' },
  { field: 'productReliability', en: 'Reliability', zh: '可靠性', 'zh-TW': '可靠性' },
  { field: 'valueForMoney', en: 'Value for money', zh: '性价比', 'zh-TW': '性價比' },
  { field: 'serviceDelivery', en: 'Delivery', zh: '送货', 'zh-TW': '送貨' },
  { field: 'complaintHandling', en: 'Complaint handling', zh: '客户抱怨处理', 'zh-TW': '客戶抱怨處理' },
  { field: 'disputeResolution', en: 'Dispute resolution', zh: '商务纠纷处理', 'zh-TW': '商務糾紛處理' },
  { field: 'purchaseCourtesy', en: 'Courtesy', zh: '礼貌', 'zh-TW': '禮貌' },
  { field: 'purchaseCommunication', en: 'Communication', zh: '沟通', 'zh-TW': '溝通' },
  { field: 'purchaseInformation', en: 'Information', zh: '获得信息', 'zh-TW': '獲得資訊' },
  { field: 'purchaseTime', en: 'Time', zh: '时间', 'zh-TW': '時間' },
];

export function surveySheet(customerIds: readonly string[], window: SampleWindow, language: SampleLanguage, writeDate: DateWriter, random: Random): Grid {
  const grid: CellValue[][] = [SAMPLE_SURVEY_COLUMNS.map((c) => c[language])];
  const lastYear = Math.max(window.start, window.end - 364);
  for (const id of customerIds) {
    if (random.next() >= 0.5) continue;
    const mood = 1.5 + random.next() * 3.5;
    const surveys = random.next() < 0.3 ? 2 : 1;
    const days = Array.from({ length: surveys }, () => random.int(lastYear, window.end)).sort((a, b) => a - b);
    for (const day of days) {
      const scores = SAMPLE_SURVEY_COLUMNS.slice(2).map(() => Math.min(5, Math.max(1, Math.round(mood + (random.next() - 0.5) * 2))));
      grid.push([id, writeDate(day), ...scores]);
    }
  }
  return grid;
}
