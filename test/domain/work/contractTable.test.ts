import { parseIsoDate } from '../../../src/domain/work/calendar';
import { CONTRACT_TABLE_COLUMNS, CONTRACT_TABLE_HEADERS, contractFromRow, contractTableHeaders, contractToRow } from '../../../src/domain/work/contractTable';
import { newContract, type Contract } from '../../../src/domain/work/contracts';

const day = (iso: string): number => parseIsoDate(iso) as number;

function sample(): Contract {
  const c = newContract('HT-2026-001', 'K17');
  c.status = 'filed';
  c.signingDate = day('2026-03-01');
  c.effectiveDate = day('2026-03-15');
  c.place = '宁波';
  c.custodian = 'Li Wei';
  c.clauses.subject = { checked: true, note: 'Model X, 1,000 units' };
  c.clauses.quality = { checked: true, note: '' };
  c.clauses.delivery = { checked: false, note: 'FOB "Ningbo" pending' };
  return c;
}

describe('contract table rows', () => {
  it('writes clause notes a person can read, a line per noted clause, and reads them back (also as typed in Chinese)', () => {
    const row = contractToRow(sample());
    const notes = CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === 'clauseNotes');
    expect(row[notes]).toBe('1. Subject matter: Model X, 1,000 units\n3. Delivery: FOB "Ningbo" pending');
    const back = contractFromRow(row);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.contract.clauses.subject.note).toBe('Model X, 1,000 units');
    expect(back.contract.clauses.delivery.note).toBe('FOB "Ningbo" pending');
    row[notes] = '6、结算方式：T/T 30 天\n\n11. Parties: ACME: Ningbo branch';
    const typed = contractFromRow(row);
    if (!typed.ok) throw new Error(JSON.stringify(typed.problems));
    expect(typed.contract.clauses.settlement.note).toBe('T/T 30 天');
    expect(typed.contract.clauses.parties.note).toBe('ACME: Ningbo branch');
    expect(typed.contract.clauses.subject.note).toBe('');
  });

  it('still reads the JSON notes older tables hold', () => {
    const row = contractToRow(newContract('X', 'K1'));
    row[CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === 'clauseNotes')] = '{"delivery": "FOB Ningbo"}';
    const read = contractFromRow(row);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.contract.clauses.delivery.note).toBe('FOB Ningbo');
  });

  it('turns a line break inside a note into a space, so each line stays one clause', () => {
    const c = newContract('X', 'K1');
    c.clauses.settlement = { checked: true, note: 'T/T\r\n30 days' };
    const row = contractToRow(c);
    expect(row[CONTRACT_TABLE_COLUMNS.findIndex((col) => col.id === 'clauseNotes')]).toBe('6. Settlement method: T/T 30 days');
  });

  it('has stable unique column ids, one column per clause, English headers', () => {
    const ids = CONTRACT_TABLE_COLUMNS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('clause.'))).toHaveLength(11);
    expect(CONTRACT_TABLE_HEADERS.slice(0, 3)).toEqual(['Contract ID', 'Customer ID', 'Status']);
    expect(CONTRACT_TABLE_HEADERS).toContain('1. Subject matter');
  });

  it('writes dates as Excel serials, clauses as booleans and a derived completion share', () => {
    const row = contractToRow(sample());
    const at = (id: string) => row[CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === id)];
    expect(row).toHaveLength(CONTRACT_TABLE_COLUMNS.length);
    expect(at('signingDate')).toBe(46082); // 2026-03-01 in Excel
    expect(at('clause.subject')).toBe(true);
    expect(at('clause.delivery')).toBe(false);
    expect(at('completion')).toBeCloseTo(2 / 11);
  });

  it('reads back what it wrote, even with columns moved', () => {
    const original = sample();
    expect(contractFromRow(contractToRow(original))).toEqual({ ok: true, contract: original });
    const order = CONTRACT_TABLE_HEADERS.map((_, i) => i).reverse();
    const row = contractToRow(original);
    const moved = contractFromRow(
      order.map((i) => row[i] ?? ''),
      order.map((i) => CONTRACT_TABLE_HEADERS[i] ?? ''),
    );
    expect(moved).toEqual({ ok: true, contract: original });
  });

  it('accepts what a person types: ISO dates, status labels, yes/是', () => {
    const row = contractToRow(newContract('X', 'K1'));
    const set = (id: string, value: string) => (row[CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === id)] = value);
    set('status', '已签订');
    set('signingDate', '2026-04-01');
    set('clause.quality', 'yes');
    set('clause.settlement', '是');
    const result = contractFromRow(row);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.contract.status).toBe('signed');
    expect(result.contract.signingDate).toBe(day('2026-04-01'));
    expect(result.contract.clauses.quality.checked).toBe(true);
    expect(result.contract.clauses.settlement.checked).toBe(true);
    expect(result.contract.clauses.subject.checked).toBe(false);
  });

  it('reports bad cells by header', () => {
    const row = contractToRow(newContract('X', 'K1'));
    const set = (id: string, value: string) => (row[CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === id)] = value);
    set('status', 'maybe');
    set('effectiveDate', '2026-02-30');
    set('clause.parties', 'perhaps');
    set('clauseNotes', 'Delivery FOB Ningbo');
    const result = contractFromRow(row);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { column: 'Status', columnId: 'status', key: 'contract.error.statusInvalid' },
      { column: 'Clause notes', columnId: 'clauseNotes', key: 'contract.error.clauseNotesInvalid' },
      { column: '11. Parties', columnId: 'clause.parties', key: 'contract.error.checkInvalid' },
      { column: 'Effective date', columnId: 'effectiveDate', key: 'contract.error.dateInvalid' },
    ]);
  });

  it("names a bad cell's column by the header the sheet has, whatever its language", () => {
    const headers = contractTableHeaders('zh-TW');
    const row = contractToRow(newContract('X', 'K1'), 'zh-TW');
    row[CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === 'status')] = '也許';
    row[CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === 'signingDate')] = '2026-02-30';
    const result = contractFromRow(row, headers);
    if (result.ok) throw new Error('read a bad row');
    const at = (id: string) => headers[CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === id)];
    expect(result.problems).toEqual([
      { column: at('status'), columnId: 'status', key: 'contract.error.statusInvalid' },
      { column: at('signingDate'), columnId: 'signingDate', key: 'contract.error.dateInvalid' },
    ]);
    // The Traditional headers, never the English ones the table specs know the columns by.
    for (const p of result.problems) expect(p.column).toMatch(/\p{Script=Han}/u);
  });
});
