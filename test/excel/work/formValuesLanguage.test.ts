/**
 * Form values in the owned work tables (task types and statuses, contract statuses, prospect
 * stages, lost reasons) are written in the workbook's language and read back whatever language
 * wrote them, so a workbook's language can change between writes (docs/sheet-language.md).
 */
import {
  CHURN_REASONS,
  CONTRACT_STATUSES,
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_TYPES,
  FUNNEL_STAGES,
  SUBJECT_KINDS,
  WORK_MESSAGES,
  WORK_MESSAGES_HANT,
  contractFromRow,
  contractToRow,
  newContract,
  CONTRACT_TABLE_HEADERS,
  type FollowUp,
  type Prospect,
  type WorkWordLanguage,
} from '../../../src/domain/work';
import { followUpsFromRows, followUpToRow } from '../../../src/excel/work/followUpRows';
import { lostFromRows, lostToRow } from '../../../src/excel/work/lostRows';
import { prospectsFromRows, prospectToRow } from '../../../src/excel/work/prospectRows';
import { FOLLOW_UP_COLUMNS, LOST_COLUMNS, PROSPECT_COLUMNS } from '../../../src/excel/work/tableSpecs';

const LANGUAGES: readonly WorkWordLanguage[] = ['en', 'zh-CN', 'zh-TW'];
const headersOf = (columns: Record<string, { header: string }>) => Object.values(columns).map((c) => c.header);

const task = (type: FollowUp['type'], status: FollowUp['status'], subjectKind: FollowUp['subjectKind']): FollowUp => ({
  id: `T-${type}-${status}-${subjectKind}`,
  subjectKind,
  subjectId: 'C00001',
  type,
  dueDate: 20000,
  owner: 'Wang',
  notes: '',
  status,
  completedOn: status === 'done' ? 20001 : null,
  source: 'manual',
  reason: null,
  editedByUser: false,
  generatedHash: null,
});

describe('form values in the workbook language', () => {
  it('writes task types, statuses and subjects as words of the language, and reads them back from any', () => {
    const tasks = FOLLOW_UP_TYPES.flatMap((type) => FOLLOW_UP_STATUSES.flatMap((status) => SUBJECT_KINDS.map((kind) => task(type, status, kind))));
    for (const language of LANGUAGES) {
      const rows = tasks.map((t) => followUpToRow(t, language));
      const typeAt = Object.keys(FOLLOW_UP_COLUMNS).indexOf('type');
      const statusAt = Object.keys(FOLLOW_UP_COLUMNS).indexOf('status');
      const words =
        language === 'en'
          ? (id: keyof typeof WORK_MESSAGES) => WORK_MESSAGES[id].en
          : language === 'zh-CN'
            ? (id: keyof typeof WORK_MESSAGES) => WORK_MESSAGES[id].zh
            : (id: keyof typeof WORK_MESSAGES) => WORK_MESSAGES_HANT[id];
      expect(rows.map((r) => r[typeAt])).toEqual(tasks.map((t) => words(`followUp.type.${t.type}`)));
      expect(rows.map((r) => r[statusAt])).toEqual(tasks.map((t) => words(`followUp.status.${t.status}`)));
      const read = followUpsFromRows(headersOf(FOLLOW_UP_COLUMNS), rows);
      expect(read.unreadable).toEqual([]);
      expect(read.tasks).toEqual(tasks);
    }
    // Rows written before form values were worded (ids) still read.
    const legacy = followUpToRow(task('seniorVisit', 'open', 'customer'), 'en').map((v, i) => (i === 3 ? 'seniorVisit' : i === 7 ? 'open' : v));
    expect(followUpsFromRows(headersOf(FOLLOW_UP_COLUMNS), [legacy]).tasks).toHaveLength(1);
  });

  it('words contract statuses, prospect stages and lost reasons, read back from any language', () => {
    const zhTw = new Set(Object.values(WORK_MESSAGES_HANT));
    for (const language of LANGUAGES) {
      for (const status of CONTRACT_STATUSES) {
        const contract = { ...newContract('HT-1', 'C00001'), status: status === 'signed' || status === 'filed' ? 'draft' : status };
        const row = contractToRow(contract, language);
        if (language === 'zh-TW') expect(zhTw.has(String(row[CONTRACT_TABLE_HEADERS.indexOf('Status')]))).toBe(true);
        const back = contractFromRow(row, CONTRACT_TABLE_HEADERS);
        expect(back.ok && back.contract.status).toBe(contract.status);
      }
      const lost = CHURN_REASONS.map((reason, i) => ({ customerId: `C${i}`, reason, markedOn: 20000 }));
      expect(
        lostFromRows(
          headersOf(LOST_COLUMNS),
          lost.map((l) => lostToRow(l, language)),
        ),
      ).toEqual(lost);
      const prospects: Prospect[] = FUNNEL_STAGES.map((stage, i) => ({
        id: `P-${i}`,
        company: `Co ${i}`,
        contact: '',
        email: '',
        phone: '',
        country: '',
        source: '',
        owner: '',
        man: { money: false, authority: false, need: false },
        stage,
        history: [{ from: null, to: stage, day: 20000, note: '' }],
        actions: [],
        notes: '',
        closedOn: null,
      }));
      const read = prospectsFromRows(
        headersOf(PROSPECT_COLUMNS),
        prospects.map((p) => prospectToRow(p, language)),
      );
      expect(read.unreadable).toEqual([]);
      expect(read.prospects.map((p) => p.stage)).toEqual([...FUNNEL_STAGES]);
    }
  });

  it('has a word for every form value in every language, distinct within each list', () => {
    const lists: [string, readonly string[]][] = [
      ['followUp.type', FOLLOW_UP_TYPES],
      ['followUp.status', FOLLOW_UP_STATUSES],
      ['followUp.subject', SUBJECT_KINDS],
      ['contract.status', CONTRACT_STATUSES],
      ['stage', FUNNEL_STAGES],
    ];
    for (const [prefix, ids] of lists) {
      for (const pick of [
        (id: keyof typeof WORK_MESSAGES) => WORK_MESSAGES[id].en,
        (id: keyof typeof WORK_MESSAGES) => WORK_MESSAGES[id].zh,
        (id: keyof typeof WORK_MESSAGES) => WORK_MESSAGES_HANT[id],
      ]) {
        const words = ids.map((id) => pick(`${prefix}.${id}` as keyof typeof WORK_MESSAGES));
        expect(words.every((w) => typeof w === 'string' && w.trim() !== '')).toBe(true);
        expect(new Set(words).size).toBe(ids.length);
      }
    }
  });
});
