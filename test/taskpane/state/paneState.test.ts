import { defaultScoringConfig } from '../../../src/domain/config';
import { finishedRun, initialPaneState, paneReducer, type PaneState } from '../../../src/taskpane/state/paneState';
import { runSummary } from '../support/runSummary';
import type { AnalysisSummary } from '../../../src/worker/protocol';

function detection(): AnalysisSummary {
  return {
    mapping: { orders: { sheet: 'Orders', headerRow: 0, columns: { customerId: 0, orderDate: 1, amount: 2, profit: 3 } }, customers: null },
    confidence: { orders: { customerId: 1, orderDate: 1, amount: 0.9, profit: 0.8 }, customers: {} },
    problems: [],
    problemCount: 0,
    summary: [],
    messages: [],
    notes: [],
    derivedCustomers: true,
    dateOrder: 'YMD',
    refused: null,
    customerCount: 3,
    orderCount: 9,
  };
}

const detected = (): PaneState => paneReducer(initialPaneState, { type: 'detected', detection: detection(), headers: { orders: ['Id', 'Date', 'Amount', 'Profit'], customers: [] } });

describe('paneReducer', () => {
  it('offers mapping by hand when detection finds no order sheet, and drops the offer once detection succeeds', () => {
    const failed = paneReducer({ ...initialPaneState, status: 'detecting' }, { type: 'detectFailed', message: 'No sheet has the order columns' });
    expect(failed.status).toBe('idle');
    expect(failed.handMapping).toEqual({ message: 'No sheet has the order columns' });
    const mapping = { orders: { sheet: 'Sales 2025', headerRow: 2, columns: { customerId: 1, orderDate: 0, amount: 4 } } };
    const saved = paneReducer(failed, { type: 'mappingSaved', mapping, revision: null });
    expect(saved.mapping).toEqual(mapping);
    expect(saved.mappingConfirmed).toBe(true);
    const after = paneReducer(saved, { type: 'detected', detection: detection(), headers: { orders: [], customers: [] } });
    expect(after.handMapping).toBeNull();
    // The hand-made mapping wins over what detection proposes.
    expect(after.mapping?.orders).toEqual(mapping.orders);
  });

  it('opens the Work view on what another view asks for, and forgets it once the user picks a tab', () => {
    const opened = paneReducer(initialPaneState, { type: 'openWork', focus: { tab: 'contracts', contractId: 'HT-1' } });
    expect(opened.view).toBe('work');
    expect(opened.workFocus).toEqual({ tab: 'contracts', contractId: 'HT-1' });
    const moved = paneReducer(opened, { type: 'view', view: 'customer' });
    expect(moved.workFocus).toBeNull();
  });

  it('takes the detected mapping, keeping a saved one', () => {
    expect(detected().mapping?.orders?.columns).toEqual({ customerId: 0, orderDate: 1, amount: 2, profit: 3 });
    const saved = paneReducer(initialPaneState, {
      type: 'settingsLoaded',
      config: defaultScoringConfig(),
      mapping: { orders: { sheet: 'Orders', headerRow: 0, columns: { customerId: 2, orderDate: 1, amount: 0 } } },
      revision: null,
    });
    expect(saved.mappingConfirmed).toBe(true);
    const after = paneReducer(saved, { type: 'detected', detection: detection(), headers: { orders: [], customers: [] } });
    expect(after.mapping?.orders?.columns).toEqual({ customerId: 2, orderDate: 1, amount: 0 });
  });

  it('keeps a column on one field: choosing it for another field takes it away from the first', () => {
    const state = paneReducer({ ...detected(), mappingConfirmed: true }, { type: 'mappingColumn', kind: 'orders', field: 'amount', column: 3 });
    expect(state.mapping?.orders?.columns).toEqual({ customerId: 0, orderDate: 1, amount: 3 });
    expect(state.mappingConfirmed).toBe(false);
    const cleared = paneReducer(state, { type: 'mappingColumn', kind: 'orders', field: 'orderDate', column: null });
    expect(cleared.mapping?.orders?.columns).toEqual({ customerId: 0, amount: 3 });
  });

  it('tracks each stage as a fraction and resets them on a new run', () => {
    let state = paneReducer(initialPaneState, { type: 'runStarted' });
    state = paneReducer(state, { type: 'progress', progress: { stage: 'reading', done: 3, total: 4 } });
    state = paneReducer(state, { type: 'progress', progress: { stage: 'writing', done: 9, total: 4 } });
    expect(state.progress).toEqual({ reading: 0.75, scoring: 0, writing: 1 });
    expect(paneReducer(state, { type: 'runStarted' }).progress).toEqual({ reading: 0, scoring: 0, writing: 0 });
  });

  it('cancels only a running run', () => {
    expect(paneReducer(initialPaneState, { type: 'cancelling' }).status).toBe('idle');
    expect(paneReducer({ ...initialPaneState, status: 'running' }, { type: 'cancelling' }).status).toBe('cancelling');
  });

  it('resets the draft to the saved configuration and applies a draft as the new saved one', () => {
    const draft = { ...defaultScoringConfig(), weights: { profitMargin: 40 } };
    const edited = paneReducer(initialPaneState, { type: 'draft', draft });
    expect(edited.draft).toBe(draft);
    expect(paneReducer(edited, { type: 'reset' }).draft).toBe(initialPaneState.saved);
    const applied = paneReducer(edited, { type: 'applied', config: draft, revision: { counter: 2, savedAt: 'now', sessionId: 's' } });
    expect(applied.saved).toBe(draft);
    expect(applied.draft).toBe(draft);
    expect(applied.revision?.counter).toBe(2);
  });
});

describe('paneReducer: the last run rebuilt on open', () => {
  const restored = { asOf: '2025-06-30', customers: 60, customerSheet: 'Customers', problems: [], problemCount: 0, changed: 0 };

  it('shows the rebuilt run as done, and warns only when the data changed', () => {
    const same = paneReducer(initialPaneState, { type: 'restored', restored });
    expect(finishedRun(same)).toEqual({ asOf: '2025-06-30', customers: 60, customerSheet: 'Customers', problems: [], problemCount: 0, changed: 0 });
    expect(same.outcome).toBeNull();
    expect(same.status).toBe('idle');
    expect(same.notice).toBeNull();
    const changed = paneReducer(initialPaneState, { type: 'restored', restored: { ...restored, changed: 3 } });
    expect(changed.notice).toEqual({ intent: 'warning', key: 'dataChanged', text: '', values: { count: 3, date: '2025-06-30' } });
  });

  it('never overwrites a run started meanwhile; a finished run replaces the rebuilt one', () => {
    const running = paneReducer(initialPaneState, { type: 'runStarted' });
    expect(paneReducer(running, { type: 'restored', restored })).toBe(running);
    const rebuilt = paneReducer(initialPaneState, { type: 'restored', restored });
    const done = paneReducer(paneReducer(rebuilt, { type: 'runStarted' }), { type: 'runFinished', outcome: { ok: true, summary: runSummary({ customers: 61 }) } });
    expect(done.restored).toBeNull();
    expect(done.status).toBe('done');
    expect(finishedRun(done)?.customers).toBe(61);
    const failed = paneReducer(done, { type: 'runFinished', outcome: { ok: false, kind: 'no-data', message: 'No order sheet was found.' } });
    expect(failed.status).toBe('failed');
    expect(finishedRun(failed)).toBeNull();
  });
});
