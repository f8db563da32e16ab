/** The sample workbooks shipped in assets/samples/ (written by scripts/make-sample.ts): which file holds which generator options. */
import type { SampleLanguage, SampleOptions } from './index';

export interface ShippedSample {
  file: string;
  options: SampleOptions & { language: SampleLanguage };
}

// 15,000 orders rather than the generator's default 20,000: exceljs writes a cell address on every
// cell, and 20,000 orders came to 2 MB, past the ~1.5 MB a committed asset should stay under.
export const SHIPPED_SAMPLES: readonly ShippedSample[] = [
  { file: 'tiers-sample.xlsx', options: { customers: 500, orders: 15000, language: 'en' } },
  { file: 'tiers-sample-zh.xlsx', options: { customers: 200, orders: 5000, language: 'zh' } },
  // Traditional Chinese: a Taiwan trading company's customers in Taiwan and Hong Kong, amounts in NT$ (src/sample/taiwanHongKong.ts).
  { file: 'tiers-sample-zh-TW.xlsx', options: { customers: 200, orders: 5000, language: 'zh-TW' } },
];
