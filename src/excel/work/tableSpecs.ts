/** The owned sheets and tables of the work area (contracts, follow-ups, prospects, lost customers). */
import { CONTRACT_TABLE_COLUMNS } from '../../domain/work';
import type { OwnedColumn, OwnedColumnKind, OwnedTableSpec } from './ownedTable';

const CONTRACT_KINDS: Record<string, OwnedColumnKind> = { signingDate: 'date', effectiveDate: 'date', completion: 'percent' };

export const CONTRACTS_TABLE: OwnedTableSpec = {
  sheet: 'Tiers Contracts',
  table: 'TiersContracts',
  columns: CONTRACT_TABLE_COLUMNS.map((c): OwnedColumn => ({ header: c.header, kind: c.id.startsWith('clause.') ? 'boolean' : (CONTRACT_KINDS[c.id] ?? 'text') })),
  key: 'Contract ID',
};

export const FOLLOW_UP_COLUMNS = {
  id: { header: 'Task ID', kind: 'text' },
  subjectKind: { header: 'For', kind: 'text' },
  subjectId: { header: 'Customer or prospect ID', kind: 'text' },
  type: { header: 'Type', kind: 'text' },
  dueDate: { header: 'Due date', kind: 'date' },
  owner: { header: 'Owner', kind: 'text' },
  notes: { header: 'Notes', kind: 'text' },
  status: { header: 'Status', kind: 'text' },
  completedOn: { header: 'Completed on', kind: 'date' },
  source: { header: 'Source', kind: 'text' },
  reason: { header: 'Reason', kind: 'text' },
  editedByUser: { header: 'Edited', kind: 'boolean' },
  generatedHash: { header: 'Generated hash', kind: 'text' },
} as const satisfies Record<string, OwnedColumn>;

export const FOLLOW_UPS_TABLE: OwnedTableSpec = {
  sheet: 'Tiers Follow-ups',
  table: 'TiersFollowUps',
  columns: Object.values(FOLLOW_UP_COLUMNS),
  key: FOLLOW_UP_COLUMNS.id.header,
};

export const PROSPECT_COLUMNS = {
  id: { header: 'Prospect ID', kind: 'text' },
  company: { header: 'Company', kind: 'text' },
  contact: { header: 'Contact', kind: 'text' },
  email: { header: 'Email', kind: 'text' },
  phone: { header: 'Phone', kind: 'text' },
  country: { header: 'Country', kind: 'text' },
  source: { header: 'Source', kind: 'text' },
  owner: { header: 'Owner', kind: 'text' },
  money: { header: 'Money', kind: 'boolean' },
  authority: { header: 'Authority', kind: 'boolean' },
  need: { header: 'Need', kind: 'boolean' },
  man: { header: 'MAN', kind: 'text' },
  stage: { header: 'Stage', kind: 'text' },
  history: { header: 'Stage history', kind: 'text' },
  actions: { header: 'Actions', kind: 'text' },
  notes: { header: 'Notes', kind: 'text' },
  closedOn: { header: 'Closed on', kind: 'date' },
} as const satisfies Record<string, OwnedColumn>;

export const PROSPECTS_TABLE: OwnedTableSpec = {
  sheet: 'Tiers Prospects',
  table: 'TiersProspects',
  columns: Object.values(PROSPECT_COLUMNS),
  key: PROSPECT_COLUMNS.id.header,
};

export const LOST_COLUMNS = {
  customerId: { header: 'Customer ID', kind: 'text' },
  reason: { header: 'Reason', kind: 'text' },
  markedOn: { header: 'Marked lost on', kind: 'date' },
} as const satisfies Record<string, OwnedColumn>;

export const LOST_CUSTOMERS_TABLE: OwnedTableSpec = {
  sheet: 'Tiers Lost customers',
  table: 'TiersLostCustomers',
  columns: Object.values(LOST_COLUMNS),
  key: LOST_COLUMNS.customerId.header,
};
