import { parseIsoDate } from '../../../src/domain/work/calendar';
import { CLAUSE_IDS, contractCompletion, contractSchema, customersWithoutSignedContract, newContract, STANDARD_CLAUSES, validateContract, type Contract } from '../../../src/domain/work/contracts';

const day = (iso: string): number => parseIsoDate(iso) as number;

function signed(id: string, customerId: string, overrides: Partial<Contract> = {}): Contract {
  const base = newContract(id, customerId);
  const clauses = Object.fromEntries(CLAUSE_IDS.map((c) => [c, { checked: true, note: '' }])) as Contract['clauses'];
  return { ...base, clauses, status: 'signed', signingDate: day('2026-03-01'), effectiveDate: day('2026-03-15'), place: 'Ningbo', custodian: 'Li Wei', ...overrides };
}

const keysOf = (c: Contract, existing: Contract[] = [], options = {}) => validateContract(c, existing, options).errors.map((e) => `${e.field}:${e.key}`);

describe('standard clauses', () => {
  it('lists the eleven clauses in order with EN and ZH labels and descriptions', () => {
    expect(STANDARD_CLAUSES).toHaveLength(11);
    expect(STANDARD_CLAUSES.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(STANDARD_CLAUSES[2]?.label).toEqual({ en: 'Delivery', zh: '交货' });
    for (const c of STANDARD_CLAUSES) expect(c.label.zh && c.description.en && c.description.zh).toBeTruthy();
  });
});

describe('validateContract', () => {
  it('accepts a complete signed contract', () => {
    const result = validateContract(signed('C-1', 'K1'), []);
    expect(result).toEqual({ ok: true, errors: [] });
    expect(contractSchema.safeParse(signed('C-1', 'K1')).success).toBe(true);
  });

  it('requires contract number and customer, with EN and ZH messages', () => {
    const result = validateContract(newContract('  ', ''), []);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.field)).toEqual(['contractId', 'customerId']);
    expect(result.errors[0]).toMatchObject({ key: 'contract.error.contractIdRequired', en: 'Enter a contract number.', zh: '请填写合同编号。', severity: 'error' });
  });

  it('lets a draft go without signing details', () => {
    expect(validateContract(newContract('C-9', 'K1'), []).ok).toBe(true);
  });

  it('requires signing date, place and effective date once signed, and a custodian once filed', () => {
    const c = { ...newContract('C-2', 'K1'), status: 'filed' as const };
    expect(keysOf(c)).toEqual([
      'signingDate:contract.error.signingDateRequired',
      'place:contract.error.placeRequired',
      'effectiveDate:contract.error.effectiveDateRequired',
      'clauses:contract.warning.clausesMissing',
      'custodian:contract.error.custodianRequired',
    ]);
  });

  it('refuses an effective date before the signing date; the same day is fine', () => {
    expect(keysOf(signed('C-3', 'K1', { effectiveDate: day('2026-02-28') }))).toEqual(['effectiveDate:contract.error.effectiveBeforeSigning']);
    expect(keysOf(signed('C-3', 'K1', { effectiveDate: day('2026-03-01') }))).toEqual([]);
  });

  it('keeps contract numbers unique (trimmed, any case) unless editing the same contract', () => {
    const existing = [signed('C-7', 'K1')];
    expect(keysOf(signed(' c-7 ', 'K2'), existing)).toEqual(['contractId:contract.error.contractIdDuplicate']);
    expect(keysOf(signed('C-7', 'K1', { place: 'Shanghai' }), existing, { editingContractId: 'C-7' })).toEqual([]);
    // Renaming another contract onto an existing number is still a duplicate.
    expect(keysOf(signed('C-7', 'K2'), existing, { editingContractId: 'C-8' })).toEqual(['contractId:contract.error.contractIdDuplicate']);
  });

  it('checks the customer against known ids when given', () => {
    expect(keysOf(signed('C-4', 'K404'), [], { knownCustomerIds: new Set(['K1']) })).toEqual(['customerId:contract.error.customerUnknown']);
  });

  it('warns, without failing, when a signed contract misses clauses', () => {
    const c = signed('C-5', 'K1');
    c.clauses.quality = { checked: false, note: '' };
    const result = validateContract(c, []);
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([expect.objectContaining({ field: 'clauses', severity: 'warning' })]);
  });
});

describe('completion and coverage', () => {
  it('reports the share ticked and the missing clauses in order', () => {
    const c = newContract('C-1', 'K1');
    expect(contractCompletion(c)).toEqual({ checked: 0, total: 11, share: 0, missing: [...CLAUSE_IDS] });
    c.clauses.subject.checked = true;
    c.clauses.parties.checked = true;
    c.clauses.settlement.checked = true;
    const done = contractCompletion(c);
    expect(done.checked).toBe(3);
    expect(done.share).toBeCloseTo(3 / 11);
    expect(done.missing).not.toContain('parties');
    expect(done.missing[0]).toBe('quality');
    expect(contractCompletion(signed('C-2', 'K1')).share).toBe(1);
  });

  it('lists traded customers without a signed or filed contract', () => {
    const contracts = [signed('A', 'K1'), signed('B', 'K2', { status: 'filed' }), { ...newContract('C', 'K3') }, signed('D', 'K4', { status: 'expired' }), signed('E', 'K5', { status: 'terminated' })];
    expect(customersWithoutSignedContract(['K6', 'K1', 'K2', 'K3', 'K4', 'K5', 'K3'], contracts)).toEqual(['K3', 'K4', 'K5', 'K6']);
  });
});
