/**
 * Turning a contact list (trade-fair cards, a B2B export) into prospects: headers matched by
 * English or Chinese synonyms, rows checked, duplicates of existing prospects (or of earlier
 * rows) skipped. Duplicate = same normalised email, or same normalised company and contact.
 */
import type { CellValue, DayNumber, Grid } from '../model';
import type { WorkMessageId } from './labels';
import { newProspect, type FunnelStage, type Prospect } from './prospects';

export const PROSPECT_IMPORT_FIELDS = ['company', 'contact', 'email', 'phone', 'country', 'source'] as const;
export type ProspectImportField = (typeof PROSPECT_IMPORT_FIELDS)[number];

export const PROSPECT_HEADER_SYNONYMS: Record<ProspectImportField, readonly string[]> = {
  company: ['company', 'company name', 'organisation', 'organization', 'firm', 'account', '公司', '公司名称', '企业', '企业名称', '单位', '客户名称'],
  contact: ['name', 'contact', 'contact name', 'contact person', 'full name', 'person', '姓名', '名字', '联系人', '联系人姓名'],
  email: ['email', 'e-mail', 'email address', 'mail', '邮箱', '电子邮箱', '电子邮件', '邮件'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'cell', 'phone number', '电话', '手机', '联系电话', '电话号码'],
  country: ['country', 'country/region', 'nation', '国家', '国家/地区', '国别'],
  source: ['source', 'lead source', 'channel', '来源', '客户来源', '渠道'],
};

/** Case, width, spaces and punctuation do not matter in a header or a name. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function normaliseEmail(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function matchProspectHeaders(header: readonly CellValue[]): Partial<Record<ProspectImportField, number>> {
  const columns: Partial<Record<ProspectImportField, number>> = {};
  header.forEach((cell, index) => {
    const name = normaliseName(String(cell ?? ''));
    if (name === '') return;
    const field = PROSPECT_IMPORT_FIELDS.find((f) => columns[f] === undefined && PROSPECT_HEADER_SYNONYMS[f].some((s) => normaliseName(s) === name));
    if (field) columns[field] = index;
  });
  return columns;
}

export interface ImportRowIssue {
  row: number; // 1-based sheet row
  key: WorkMessageId;
}

export interface DuplicateRow extends ImportRowIssue {
  matchId: string; // the prospect this row repeats (existing or added earlier in the import)
}

export interface ProspectImportReport {
  added: Prospect[];
  duplicates: DuplicateRow[];
  invalid: ImportRowIssue[];
  /** Set when nothing could be imported at all (no usable header). */
  error: WorkMessageId | null;
  columns: Partial<Record<ProspectImportField, number>>;
}

export interface ProspectImportOptions {
  day: DayNumber;
  owner?: string;
  stage?: FunnelStage;
  /** 0-based index of the header row in the grid; data rows follow it. */
  headerRow?: number;
  idPrefix?: string;
}

const companyContactKey = (company: string, contact: string): string | null => {
  const key = `${normaliseName(company)}|${normaliseName(contact)}`;
  return key === '|' ? null : key;
};

function nextIdNumber(existing: readonly Prospect[], prefix: string): number {
  const numbers = existing.map((p) => (p.id.startsWith(prefix) ? Number(p.id.slice(prefix.length)) : NaN)).filter(Number.isInteger);
  return Math.max(0, ...numbers) + 1;
}

export function importProspects(grid: Grid, existing: readonly Prospect[], options: ProspectImportOptions): ProspectImportReport {
  const headerRow = options.headerRow ?? 0;
  const prefix = options.idPrefix ?? 'P-';
  const columns = matchProspectHeaders(grid[headerRow] ?? []);
  const report: ProspectImportReport = { added: [], duplicates: [], invalid: [], error: null, columns };
  if (columns.company === undefined && columns.contact === undefined && columns.email === undefined) {
    return { ...report, error: 'import.error.noUsableHeaders' };
  }

  const byEmail = new Map<string, string>();
  const byCompanyContact = new Map<string, string>();
  const remember = (p: Prospect): void => {
    if (p.email.trim() !== '') byEmail.set(normaliseEmail(p.email), p.id);
    const key = companyContactKey(p.company, p.contact);
    if (key !== null) byCompanyContact.set(key, p.id);
  };
  existing.forEach(remember);
  let next = nextIdNumber(existing, prefix);

  for (let index = headerRow + 1; index < grid.length; index++) {
    const cells = grid[index] ?? [];
    const row = index + 1;
    const value = (field: ProspectImportField): string => {
      const column = columns[field];
      return column === undefined ? '' : String(cells[column] ?? '').trim();
    };
    const fields = Object.fromEntries(PROSPECT_IMPORT_FIELDS.map((f) => [f, value(f)])) as Record<ProspectImportField, string>;
    if (Object.values(fields).every((v) => v === '')) continue;
    if (fields.company === '' && fields.contact === '') {
      report.invalid.push({ row, key: 'import.invalid.noCompanyOrContact' });
      continue;
    }
    if (fields.email !== '' && !EMAIL.test(normaliseEmail(fields.email))) {
      report.invalid.push({ row, key: 'import.invalid.badEmail' });
      continue;
    }
    const emailMatch = fields.email === '' ? undefined : byEmail.get(normaliseEmail(fields.email));
    const key = companyContactKey(fields.company, fields.contact);
    const nameMatch = key === null ? undefined : byCompanyContact.get(key);
    if (emailMatch !== undefined) {
      report.duplicates.push({ row, key: 'import.duplicate.email', matchId: emailMatch });
      continue;
    }
    if (nameMatch !== undefined) {
      report.duplicates.push({ row, key: 'import.duplicate.companyContact', matchId: nameMatch });
      continue;
    }
    const prospect = newProspect({ id: `${prefix}${String(next++).padStart(4, '0')}`, ...fields, owner: options.owner, stage: options.stage }, options.day);
    remember(prospect);
    report.added.push(prospect);
  }
  return report;
}
