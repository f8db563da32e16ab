/** Contracts, prospects and follow-up work: the public API of this area. */
export * from './calendar';
export * from './labels';
export * from './workWords';
export * from './contracts';
export * from './contractTable';
export * from './tableHeaders';
export * from './followups';
export * from './agenda';
export * from './followupRules';
export * from './followupInput';
export * from './prospects';
export * from './prospectImport';
export * from './man';
export * from './funnel';
export * from './churn';
