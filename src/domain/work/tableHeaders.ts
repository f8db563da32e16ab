/**
 * The column headers of the owned work tables (contracts, follow-ups, prospects, lost customers)
 * in the three sheet languages. A column is known by its English header (the table specs'
 * identity, what earlier versions wrote); it is written in the workbook's language and found
 * again by its header in any of the three, so a workbook's language may change between runs
 * (docs/sheet-language.md, "Work tables").
 */
import type { CellValue } from '../model';
import { STANDARD_CLAUSES } from './contracts';
import { workWord, type WorkWordLanguage } from './workWords';

type ChineseWords = { 'zh-CN': string; 'zh-TW': string };

/** Chinese headers by English header; one word per English header, whichever table it is in. */
const FIXED: Record<string, ChineseWords> = {
  // Contracts
  'Contract ID': { 'zh-CN': '合同编号', 'zh-TW': '合約編號' },
  'Customer ID': { 'zh-CN': '客户编号', 'zh-TW': '客戶編號' },
  Status: { 'zh-CN': '状态', 'zh-TW': '狀態' },
  'Signing date': { 'zh-CN': '签订日期', 'zh-TW': '簽訂日期' },
  'Signing place': { 'zh-CN': '签订地点', 'zh-TW': '簽訂地點' },
  'Effective date': { 'zh-CN': '生效日期', 'zh-TW': '生效日期' },
  Custodian: { 'zh-CN': '保管人', 'zh-TW': '保管人' },
  'Clause notes': { 'zh-CN': '条款备注', 'zh-TW': '條款備註' },
  Completion: { 'zh-CN': '完成度', 'zh-TW': '完成度' },
  // Follow-ups
  'Task ID': { 'zh-CN': '任务编号', 'zh-TW': '任務編號' },
  For: { 'zh-CN': '对象', 'zh-TW': '對象' },
  'Customer or prospect ID': { 'zh-CN': '客户或潜在客户编号', 'zh-TW': '客戶或潛在客戶編號' },
  Type: { 'zh-CN': '类型', 'zh-TW': '類型' },
  'Due date': { 'zh-CN': '截止日期', 'zh-TW': '截止日期' },
  Owner: { 'zh-CN': '负责人', 'zh-TW': '負責人' },
  Notes: { 'zh-CN': '备注', 'zh-TW': '備註' },
  'Completed on': { 'zh-CN': '完成日期', 'zh-TW': '完成日期' },
  Source: { 'zh-CN': '来源', 'zh-TW': '來源' },
  Reason: { 'zh-CN': '原因', 'zh-TW': '原因' },
  Edited: { 'zh-CN': '已编辑', 'zh-TW': '已編輯' },
  'Generated hash': { 'zh-CN': '生成校验码', 'zh-TW': '生成校驗碼' },
  // Prospects
  'Prospect ID': { 'zh-CN': '潜在客户编号', 'zh-TW': '潛在客戶編號' },
  Company: { 'zh-CN': '公司', 'zh-TW': '公司' },
  Contact: { 'zh-CN': '联系人', 'zh-TW': '聯絡人' },
  Email: { 'zh-CN': '邮箱', 'zh-TW': '電子郵件' },
  Phone: { 'zh-CN': '电话', 'zh-TW': '電話' },
  Country: { 'zh-CN': '国家', 'zh-TW': '國家' },
  Money: { 'zh-CN': '购买力', 'zh-TW': '購買力' },
  Authority: { 'zh-CN': '决定权', 'zh-TW': '決定權' },
  Need: { 'zh-CN': '需求', 'zh-TW': '需求' },
  MAN: { 'zh-CN': 'MAN', 'zh-TW': 'MAN' },
  Stage: { 'zh-CN': '漏斗阶段', 'zh-TW': '漏斗階段' },
  'Stage history': { 'zh-CN': '阶段记录', 'zh-TW': '階段記錄' },
  Actions: { 'zh-CN': '行动', 'zh-TW': '行動' },
  'Closed on': { 'zh-CN': '关闭日期', 'zh-TW': '關閉日期' },
  // Lost customers
  'Marked lost on': { 'zh-CN': '标记流失日期', 'zh-TW': '標記流失日期' },
};

/** "3. Delivery" in English, "3. 交货", "3. 交貨": a clause column by its number and label. */
export function clauseHeader(clause: (typeof STANDARD_CLAUSES)[number], language: WorkWordLanguage): string {
  return `${clause.number}. ${workWord(`clause.${clause.id}.label`, language)}`;
}

const CLAUSES: Record<string, ChineseWords> = Object.fromEntries(STANDARD_CLAUSES.map((c) => [clauseHeader(c, 'en'), { 'zh-CN': clauseHeader(c, 'zh-CN'), 'zh-TW': clauseHeader(c, 'zh-TW') }]));

const chineseOf = (english: string): ChineseWords | undefined => FIXED[english] ?? CLAUSES[english];

/** Every English header the catalogue words (for the tests that walk them). */
export const WORDED_TABLE_HEADERS: readonly string[] = [...Object.keys(FIXED), ...Object.keys(CLAUSES)];

/** The header of the column known by `english`, in `language` (a header the catalogue does not word stays as it is). */
export function tableHeader(english: string, language: WorkWordLanguage): string {
  return language === 'en' ? english : (chineseOf(english)?.[language] ?? english);
}

const normalise = (header: CellValue | undefined): string =>
  String(header ?? '')
    .trim()
    .toLowerCase();

/** True when a header cell is the column known by `english`, written in any of the three languages (without case). */
export function isTableHeader(english: string, cell: CellValue | undefined): boolean {
  const text = normalise(cell);
  if (text === '') return false;
  if (text === normalise(english)) return true;
  const chinese = chineseOf(english);
  return chinese !== undefined && (text === normalise(chinese['zh-CN']) || text === normalise(chinese['zh-TW']));
}

/** Where the column known by `english` stands in a header row, in any language; -1 when it is not there. */
export function tableHeaderAt(headers: readonly CellValue[], english: string): number {
  return headers.findIndex((h) => isTableHeader(english, h));
}
