/**
 * The contract checklist (docs/domain.md section 6): the eleven standard clauses, the contract
 * record, its validation and its completion.
 */
import { z } from 'zod';
import { WORK_MESSAGES, type Bilingual, type WorkMessageId } from './labels';

export const CLAUSE_IDS = ['subject', 'quality', 'delivery', 'inspection', 'operatingRights', 'settlement', 'distributionPolicy', 'orderingReturns', 'breachDisputes', 'signing', 'parties'] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

export interface ClauseDefinition {
  id: ClauseId;
  number: number; // 1-11, as docs/domain.md lists them
  label: Bilingual;
  description: Bilingual;
}

export const STANDARD_CLAUSES: readonly ClauseDefinition[] = CLAUSE_IDS.map((id, index) => ({
  id,
  number: index + 1,
  label: WORK_MESSAGES[`clause.${id}.label`],
  description: WORK_MESSAGES[`clause.${id}.description`],
}));

export const CONTRACT_STATUSES = ['draft', 'signed', 'filed', 'expired', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Statuses for which the customer counts as having a signed contract now. */
const IN_FORCE: ReadonlySet<ContractStatus> = new Set(['signed', 'filed']);
/** Statuses that say the contract was signed at some point, so signing details are required. */
const WAS_SIGNED: ReadonlySet<ContractStatus> = new Set(['signed', 'filed', 'expired', 'terminated']);

const daySchema = z.number().int();

export const clauseStateSchema = z.object({ checked: z.boolean(), note: z.string() });
export type ClauseState = z.infer<typeof clauseStateSchema>;

export const contractSchema = z.object({
  contractId: z.string(),
  customerId: z.string(),
  clauses: z.record(z.enum(CLAUSE_IDS), clauseStateSchema),
  signingDate: daySchema.nullable(),
  place: z.string(),
  effectiveDate: daySchema.nullable(),
  custodian: z.string(),
  status: z.enum(CONTRACT_STATUSES),
});
export type Contract = z.infer<typeof contractSchema>;

export function emptyClauses(): Record<ClauseId, ClauseState> {
  return Object.fromEntries(CLAUSE_IDS.map((id) => [id, { checked: false, note: '' }])) as Record<ClauseId, ClauseState>;
}

export function newContract(contractId: string, customerId: string): Contract {
  return { contractId, customerId, clauses: emptyClauses(), signingDate: null, place: '', effectiveDate: null, custodian: '', status: 'draft' };
}

export type ContractField = Exclude<keyof Contract, 'clauses'> | 'clauses';

export interface FieldError {
  field: ContractField;
  key: WorkMessageId;
  en: string;
  zh: string;
  severity: 'error' | 'warning';
}

export interface ValidateContractOptions {
  /** The id the contract had when the form opened: editing it may keep its own id. */
  editingContractId?: string;
  /** When given, the customer must be one of these. */
  knownCustomerIds?: ReadonlySet<string>;
}

export interface ContractValidation {
  ok: boolean; // no errors (warnings allowed)
  errors: FieldError[];
}

const sameId = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function fieldError(field: ContractField, key: WorkMessageId, severity: FieldError['severity'] = 'error'): FieldError {
  const text: Bilingual = WORK_MESSAGES[key];
  return { field, key, en: text.en, zh: text.zh, severity };
}

/** Field-level checks of a contract about to be saved, against the contracts already kept. */
export function validateContract(input: Contract, existingContracts: readonly Contract[], options: ValidateContractOptions = {}): ContractValidation {
  const errors: FieldError[] = [];
  const id = input.contractId.trim();
  if (id === '') errors.push(fieldError('contractId', 'contract.error.contractIdRequired'));
  else {
    const editingSelf = options.editingContractId !== undefined && sameId(options.editingContractId, id);
    if (!editingSelf && existingContracts.some((c) => sameId(c.contractId, id))) errors.push(fieldError('contractId', 'contract.error.contractIdDuplicate'));
  }

  const customer = input.customerId.trim();
  if (customer === '') errors.push(fieldError('customerId', 'contract.error.customerRequired'));
  else if (options.knownCustomerIds && !options.knownCustomerIds.has(customer)) errors.push(fieldError('customerId', 'contract.error.customerUnknown'));

  if (!(CONTRACT_STATUSES as readonly string[]).includes(input.status)) errors.push(fieldError('status', 'contract.error.statusInvalid'));
  for (const field of ['signingDate', 'effectiveDate'] as const) {
    const value = input[field];
    if (value !== null && !Number.isInteger(value)) errors.push(fieldError(field, 'contract.error.dateInvalid'));
  }

  if (WAS_SIGNED.has(input.status)) {
    if (input.signingDate === null) errors.push(fieldError('signingDate', 'contract.error.signingDateRequired'));
    if (input.place.trim() === '') errors.push(fieldError('place', 'contract.error.placeRequired'));
    if (input.effectiveDate === null) errors.push(fieldError('effectiveDate', 'contract.error.effectiveDateRequired'));
    if (contractCompletion(input).missing.length > 0) errors.push(fieldError('clauses', 'contract.warning.clausesMissing', 'warning'));
  }
  if (input.status === 'filed' && input.custodian.trim() === '') errors.push(fieldError('custodian', 'contract.error.custodianRequired'));
  if (input.signingDate !== null && input.effectiveDate !== null && input.effectiveDate < input.signingDate) {
    errors.push(fieldError('effectiveDate', 'contract.error.effectiveBeforeSigning'));
  }
  return { ok: errors.every((e) => e.severity !== 'error'), errors };
}

export interface ContractCompletion {
  checked: number;
  total: number;
  share: number; // 0-1
  missing: ClauseId[]; // in clause order
}

export function contractCompletion(contract: Contract): ContractCompletion {
  const missing = CLAUSE_IDS.filter((id) => !contract.clauses[id]?.checked);
  const checked = CLAUSE_IDS.length - missing.length;
  return { checked, total: CLAUSE_IDS.length, share: checked / CLAUSE_IDS.length, missing };
}

/** Signed or filed: the contract is in force (expired, terminated and drafts are not). */
export function isInForce(contract: Pick<Contract, 'status'>): boolean {
  return IN_FORCE.has(contract.status);
}

/** Customers that traded but hold no contract in force (signed or filed), sorted by id. */
export function customersWithoutSignedContract(tradedCustomerIds: Iterable<string>, contracts: readonly Contract[]): string[] {
  const covered = new Set(contracts.filter((c) => IN_FORCE.has(c.status)).map((c) => c.customerId.trim()));
  const missing = new Set<string>();
  for (const id of tradedCustomerIds) if (!covered.has(id.trim())) missing.add(id.trim());
  return [...missing].sort();
}
