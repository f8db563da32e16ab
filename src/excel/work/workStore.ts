/** Reading and writing the work area's owned tables, one function per record kind. */
import { contractFromRow, contractToRow, tableHeaderAt, type Contract, type FollowUp, type Prospect, type RowProblem, type WorkWordLanguage } from '../../domain/work';
import { followUpsFromRows, followUpToRow, type UnreadableRow } from './followUpRows';
import { lostFromRows, lostToRow, type LostCustomer } from './lostRows';
import { readOwnedTable, rideOwnedTables, upsertOwnedRows, type OwnedRead, type OwnedRows, type UpsertOptions, type UpsertResult } from './ownedTable';
import { prospectsFromRows, prospectToRow } from './prospectRows';
import { mapRiding, type RidingRead } from './ridingRead';
import { CONTRACTS_TABLE, FOLLOW_UPS_TABLE, LOST_CUSTOMERS_TABLE, PROSPECTS_TABLE } from './tableSpecs';

export interface ContractsRead {
  contracts: Contract[];
  unreadable: (UnreadableRow & { problems: RowProblem[] })[];
}

/** The four work tables read together, each with its layout for writing back. */
export interface WorkTables {
  contracts: OwnedRead;
  followUps: OwnedRead;
  prospects: OwnedRead;
  lost: OwnedRead;
}

/** The four work tables, read riding another reader's syncs (the work basis: src/excel/work/workBasis.ts). */
export function rideWorkTables(context: Excel.RequestContext): RidingRead<WorkTables> {
  return mapRiding(rideOwnedTables(context, [CONTRACTS_TABLE, FOLLOW_UPS_TABLE, PROSPECTS_TABLE, LOST_CUSTOMERS_TABLE]), ([contracts, followUps, prospects, lost]) => ({
    contracts: contracts!,
    followUps: followUps!,
    prospects: prospects!,
    lost: lost!,
  }));
}

export function contractsFrom({ headers, rows }: OwnedRows): ContractsRead {
  const result: ContractsRead = { contracts: [], unreadable: [] };
  rows.forEach((row, index) => {
    const read = contractFromRow(row, headers);
    if (read.ok) result.contracts.push(read.contract);
    else result.unreadable.push({ row: index + 1, id: String(row[tableHeaderAt(headers, CONTRACTS_TABLE.key)] ?? ''), problems: read.problems });
  });
  return result;
}

export async function readContracts(context: Excel.RequestContext): Promise<ContractsRead> {
  return contractsFrom(await readOwnedTable(context, CONTRACTS_TABLE));
}

export const followUpsFrom = ({ headers, rows }: OwnedRows) => followUpsFromRows(headers, rows);
export const prospectsFrom = ({ headers, rows }: OwnedRows) => prospectsFromRows(headers, rows);
export const lostFrom = ({ headers, rows }: OwnedRows): LostCustomer[] => lostFromRows(headers, rows);

/** `language`: the workbook's, for the headers and form values written (docs/sheet-language.md). */
export function saveContracts(context: Excel.RequestContext, contracts: readonly Contract[], read?: OwnedRead, language: WorkWordLanguage = 'en'): Promise<UpsertResult> {
  return upsertOwnedRows(
    context,
    CONTRACTS_TABLE,
    contracts.map((c) => contractToRow(c, language)),
    { language },
    read,
  );
}

export async function readFollowUps(context: Excel.RequestContext) {
  const { headers, rows } = await readOwnedTable(context, FOLLOW_UPS_TABLE);
  return followUpsFromRows(headers, rows);
}

export function saveFollowUps(context: Excel.RequestContext, tasks: readonly FollowUp[], options: UpsertOptions = {}, read?: OwnedRead, language: WorkWordLanguage = 'en'): Promise<UpsertResult> {
  return upsertOwnedRows(
    context,
    FOLLOW_UPS_TABLE,
    tasks.map((t) => followUpToRow(t, language)),
    { ...options, language },
    read,
  );
}

export async function readProspects(context: Excel.RequestContext) {
  const { headers, rows } = await readOwnedTable(context, PROSPECTS_TABLE);
  return prospectsFromRows(headers, rows);
}

export function saveProspects(context: Excel.RequestContext, prospects: readonly Prospect[], options: UpsertOptions = {}, read?: OwnedRead, language: WorkWordLanguage = 'en'): Promise<UpsertResult> {
  return upsertOwnedRows(
    context,
    PROSPECTS_TABLE,
    prospects.map((p) => prospectToRow(p, language)),
    { ...options, language },
    read,
  );
}

export async function readLostCustomers(context: Excel.RequestContext): Promise<LostCustomer[]> {
  const { headers, rows } = await readOwnedTable(context, LOST_CUSTOMERS_TABLE);
  return lostFromRows(headers, rows);
}

export function saveLostCustomers(
  context: Excel.RequestContext,
  lost: readonly LostCustomer[],
  read?: OwnedRead,
  options: UpsertOptions = {},
  language: WorkWordLanguage = 'en',
): Promise<UpsertResult> {
  return upsertOwnedRows(
    context,
    LOST_CUSTOMERS_TABLE,
    lost.map((l) => lostToRow(l, language)),
    { ...options, language },
    read,
  );
}
