/**
 * The pane's controller: one reducer for the state, and the actions views call. Talks to the
 * workbook only through the WorkbookPort and to the domain only through the scoring client.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { WorkbookInput } from '../../domain/analyse';
import { tierRuleSchema, type ScoringConfig } from '../../domain/config';
import type { Refusal } from '../../domain/refusals';
import { withEarlierTierNames } from '../../domain/segments/tierNameHistory';
import type { AnalysisSummary } from '../../worker/protocol';
import { summariseFit } from '../../worker/predictiveSummary';
import type { DayNumber } from '../../domain/model';
import type { SheetLanguage } from '../../output/language';
import type { ScoringClient } from '../services/scoringWorker';
import { analyseInSlices, fitInPages, scoreInPages } from '../services/transfer';
import { mark, measureSince } from '../services/perfMarks';
import type { OwnedPlacement, PlacementInfo, RemoveOutcome, SaveOutcome, ScoreFunction, SheetHead, TierMove, WorkbookPort } from '../services/workbookPort';
import type { SheetMapping } from '../../domain/model';
import type { ViewId } from '../views/viewList';
import { initialPaneState, paneReducer, type Notice, type PaneState, type WorkFocus } from './paneState';
import { excelErrorOf } from '../i18n/excelErrorText';
import { FAULT_KEYS } from '../i18n/faultText';
import { faultOf, type PaneFault } from '../../worker/faults';

export interface PaneActions {
  selectView(view: ViewId): void;
  /** Switches to the Work view on a sub-tab, a contract or a new contract for a customer. */
  openWork(focus: WorkFocus): void;
  /** The customer's last tier moves (none when the port cannot read them). */
  tierMoves(customerId: string): Promise<TierMove[]>;
  /** Shows a customer in the Customer view (found by name or id in the pane, not by a row selected in the sheet). */
  showCustomer(customerId: string): void;
  /** The header row of a sheet, for mapping by hand (null when the port cannot read one). */
  readSheetHead(sheet: string): Promise<SheetHead | null>;
  /** Owned columns' placement and the customers' table (null when the port cannot tell). */
  ownedPlacement(): Promise<PlacementInfo | null>;
  setOwnedPlacement(placement: OwnedPlacement): Promise<{ ok: true } | { ok: false; message: string; code?: string; fault?: PaneFault }>;
  removeOwnedColumns(): Promise<RemoveOutcome | { ok: false; message: string; fault: PaneFault }>;
  /** Saves an order-sheet mapping made by hand, then detects again with it. */
  applyHandMapping(orders: SheetMapping<'orders'>): Promise<void>;
  findSheets(): Promise<void>;
  detect(): Promise<void>;
  setMappingColumn(kind: 'orders' | 'customers', field: string, column: number | null): void;
  confirmMapping(): Promise<void>;
  run(): Promise<void>;
  /** Saves the analysis date (ISO, or null for the day of each run) with the configuration. */
  setAnalysisDate(iso: string | null): Promise<void>;
  /** Saves the workbook's language for what Tiers writes (null: automatic); the next run uses it. */
  setSheetLanguage(language: SheetLanguage | null): Promise<void>;
  cancel(): void;
  setDraft(config: ScoringConfig): void;
  apply(): Promise<void>;
  reset(): void;
  selectCell(sheet: string, address: string): void;
  predict(): Promise<void>;
  /** Runs the model check on the last run's orders and writes it on the "Tiers Model Check" sheet. */
  checkModel(language?: SheetLanguage): Promise<void>;
  dismissNotice(): void;
}

export const PREVIEW_MEASURE = 'tiers:preview';
/** Quiet time after the last draft change before the worker previews it: one preview per slider drag, not one per tick. */
export const PREVIEW_DELAY_MS = 150;

const today = (): DayNumber => Math.floor(Date.now() / 86_400_000);

function saveFailure(outcome: Extract<SaveOutcome, { ok: false }>): Notice {
  // A refused configuration: each setting and the rule it broke, in the pane's language.
  if (!outcome.conflict && outcome.notes && outcome.notes.length > 0) return { intent: 'error', key: 'settingsSaveRefused', text: outcome.message, settings: outcome.notes };
  return { intent: 'error', key: outcome.conflict ? 'conflict' : null, text: outcome.message, ...(outcome.excel ? { excel: outcome.excel } : {}) };
}

function headerTexts(input: WorkbookInput, detection: AnalysisSummary): PaneState['headers'] {
  const row = (sheet: WorkbookInput['orders'] | undefined, headerRow: number | undefined): string[] =>
    sheet && headerRow !== undefined ? (sheet.grid[headerRow] ?? []).map((v) => (v === null ? '' : String(v).trim())) : [];
  return { orders: row(input.orders, detection.mapping.orders?.headerRow), customers: row(input.customers, detection.mapping.customers?.headerRow) };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
/** A failure of the pane's own machinery, as the catalogue key of its sentence (src/taskpane/i18n/faultText.ts). */
const faultKey = (error: unknown) => {
  const fault = faultOf(error);
  return fault ? FAULT_KEYS[fault] : null;
};
/** An error Excel threw, kept with its code so the pane words it in its language. */
const excelFacts = (error: unknown) => {
  const excel = excelErrorOf(error);
  return excel ? { excel } : {};
};

export function usePane(port: WorkbookPort, client: ScoringClient, asOf: () => DayNumber = today): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const abortRef = useRef<AbortController | null>(null);
  const previewSeq = useRef(0);
  // What the worker holds: the analysis of the grids a reader named (ScoreRequest.inputVersion), under that name and mapping.
  const analysed = useRef<{ key: string; analysis: AnalysisSummary } | null>(null);

  const fail = useCallback((error: unknown) => dispatch({ type: 'notice', notice: { intent: 'error', key: faultKey(error), text: messageOf(error), ...excelFacts(error) } }), []);

  useEffect(() => {
    let live = true;
    port
      .loadSettings()
      .then((s) => {
        // The pane's state rebuilt from the workbook's settings (bench/pane.bench.ts).
        mark('tiers:settings');
        if (!live) return;
        dispatch({ type: 'settingsLoaded', config: s.config, mapping: s.mapping, revision: s.revision });
        // What loading changed (a refused tier name, a damaged mapping...) is said, not dropped.
        if (s.notes && s.notes.length > 0) dispatch({ type: 'notice', notice: { intent: 'warning', key: 'settingsNotesTitle', text: s.warnings.join(' '), settings: s.notes } });
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [port, fail]);

  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let live = true;
    port
      .onCustomerRowSelected((customerId) => dispatch({ type: 'customerSelected', customerId }))
      .then((off) => (live ? (unsubscribe = off) : off()))
      .catch(fail);
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [port, fail]);

  // Excel refuses every call while a cell is being edited; operations wait and the pane says why.
  useEffect(() => port.onEditWait?.((waiting) => dispatch({ type: 'editWait', waiting })), [port]);

  // A draft change previews (in the worker) once the slider rests for PREVIEW_DELAY_MS; a late answer to an older draft is dropped.
  const { draft, saved, result } = state;
  useEffect(() => {
    if (!result) return;
    const seq = ++previewSeq.current;
    if (draft === saved || !tierRuleSchema.safeParse(draft.tierRule).success) {
      dispatch({ type: 'preview', preview: null });
      return;
    }
    const timer = setTimeout(() => {
      const asked = performance.now();
      client
        .call('preview', { config: draft })
        .then((preview) => {
          if (seq !== previewSeq.current) return;
          // The round trip to the worker and back, for bench/pane.bench.ts.
          measureSince(PREVIEW_MEASURE, asked);
          dispatch({ type: 'preview', preview });
        })
        .catch(fail);
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [client, draft, saved, result, fail]);

  const score: ScoreFunction = useCallback(
    async ({ workbook, config, asOf: day, asOfIsToday, previous, inputVersion, existingPlans }) => {
      mark('tiers:analyse');
      // The same grids as the worker's last analysis (Apply after a preview): score its rows again, send nothing.
      const input = { ...workbook, currency: workbook.currency ?? config.currency };
      const { orders: _o, customers: _c, survey: _s, rates: _r, orderStream, ...options } = input;
      const key = inputVersion === undefined || orderStream ? null : JSON.stringify([inputVersion, options]);
      const kept = key !== null && analysed.current?.key === key ? analysed.current.analysis : null;
      const analysis = kept ?? (await analyseInSlices(client, input));
      analysed.current = key === null ? null : { key, analysis };
      mark('tiers:score');
      if (analysis.refused) return { analysis, result: null };
      const result = await scoreInPages(client, { config, asOf: day, ...(asOfIsToday === undefined ? {} : { asOfIsToday }), ...(previous.length > 0 ? { previous } : {}) });
      mark('tiers:scored');
      dispatch({ type: 'scored', result });
      const predictive = await fitInPages(client, { config, asOf: result.asOf });
      dispatch({ type: 'predictive', predictive: summariseFit(predictive) });
      const studies = await client.call('studies', { config, existingPlans: existingPlans ?? [] });
      dispatch({ type: 'planProgress', progress: studies.plans.progress, notices: studies.plans.notices });
      // Yield one task before the adapter starts writing, so the pane paints and the write runs on its own.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { analysis, result, predictive, studies };
    },
    [client],
  );

  // Reopening a pane loses its state: rebuild the last run's figures from the workbook, writing nothing.
  useEffect(() => {
    if (!port.restoreLastRun) return;
    let live = true;
    port
      .restoreLastRun(score)
      .then((restored) => {
        if (live && restored) dispatch({ type: 'restored', restored });
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [port, score, fail]);

  const runWith = useCallback(
    async (config: ScoringConfig, reuse: boolean) => {
      const controller = new AbortController();
      abortRef.current = controller;
      dispatch({ type: 'runStarted' });
      mark('tiers:run');
      try {
        const outcome = await port.run({
          config,
          asOf: asOf(),
          signal: controller.signal,
          onProgress: (progress) => {
            if (progress.done === 0) mark(`tiers:${progress.stage}`);
            dispatch({ type: 'progress', progress });
          },
          score,
          reuse,
        });
        mark('tiers:run-end');
        dispatch({ type: 'runFinished', outcome });
        if (!outcome.ok && outcome.kind !== 'cancelled' && !stateRef.current.mapping?.orders) dispatch({ type: 'detectFailed', message: outcome.message });
        return outcome.ok;
      } catch (error) {
        const excel = excelErrorOf(error);
        const fault = faultOf(error);
        dispatch({ type: 'runFinished', outcome: { ok: false, kind: 'pane-error', message: messageOf(error), ...(excel ? { error: excel } : {}), ...(fault ? { fault } : {}) } });
        return false;
      } finally {
        abortRef.current = null;
      }
    },
    [port, score, asOf],
  );

  const detect = useCallback(async () => {
    dispatch({ type: 'detecting' });
    try {
      const input = await port.readInputs(new AbortController().signal, () => undefined);
      const { mapping } = stateRef.current;
      const given = mapping && (mapping.orders || mapping.customers) ? mapping : undefined;
      analysed.current = null;
      const detection = await analyseInSlices(client, { ...input, currency: stateRef.current.saved.currency, ...(given ? { mapping: given } : {}) });
      dispatch({ type: 'detected', detection, headers: headerTexts(input, detection) });
    } catch (error) {
      // No order sheet found: say what was looked for and offer to map by hand (RunView), not "the run failed".
      dispatch({ type: 'detectFailed', message: messageOf(error) });
    }
  }, [port, client]);

  /** Saves a change to the saved configuration (analysis date, workbook language) at once. */
  const saveSaved = useCallback(
    async (change: Partial<ScoringConfig>) => {
      const { saved, mapping, revision } = stateRef.current;
      const config = { ...saved, ...change };
      const outcome = await port.saveSettings(config, mapping, revision);
      if (outcome.ok) dispatch({ type: 'applied', config, revision: outcome.revision });
      else dispatch({ type: 'notice', notice: saveFailure(outcome) });
    },
    [port],
  );

  const actions = useMemo<PaneActions>(
    () => ({
      selectView: (view) => dispatch({ type: 'view', view }),
      openWork: (focus) => dispatch({ type: 'openWork', focus }),
      tierMoves: async (customerId) => (port.tierMoves ? port.tierMoves(customerId) : []),
      showCustomer: (customerId) => dispatch({ type: 'customerSelected', customerId }),
      readSheetHead: async (sheet) => (port.readSheetHead ? port.readSheetHead(sheet) : null),
      ownedPlacement: async () => {
        const customers = stateRef.current.mapping?.customers;
        return port.ownedPlacement ? port.ownedPlacement(customers ? { sheet: customers.sheet, headerRow: customers.headerRow } : undefined) : null;
      },
      // A port without the feature says so as a fault the card words in the pane's language.
      setOwnedPlacement: async (placement) => (port.setOwnedPlacement ? port.setOwnedPlacement(placement) : { ok: false, message: 'unavailable', fault: 'unavailable' }),
      removeOwnedColumns: async () => (port.removeOwnedColumns ? port.removeOwnedColumns() : { ok: false, message: 'unavailable', fault: 'unavailable' }),
      applyHandMapping: async (orders) => {
        const { saved: config, mapping, revision } = stateRef.current;
        const next = { ...(mapping ?? {}), orders };
        const outcome = await port.saveSettings(config, next, revision);
        if (!outcome.ok) {
          dispatch({ type: 'notice', notice: saveFailure(outcome) });
          return;
        }
        dispatch({ type: 'mappingSaved', mapping: next, revision: outcome.revision });
        await detect();
      },
      findSheets: async () => {
        try {
          dispatch({ type: 'sheets', sheets: await port.listSheets() });
        } catch (error) {
          fail(error);
        }
      },
      detect,
      setMappingColumn: (kind, field, column) => dispatch({ type: 'mappingColumn', kind, field, column }),
      confirmMapping: async () => {
        const { saved: config, mapping, revision } = stateRef.current;
        const outcome = await port.saveSettings(config, mapping, revision);
        if (outcome.ok) dispatch({ type: 'mappingConfirmed', revision: outcome.revision });
        else dispatch({ type: 'notice', notice: saveFailure(outcome) });
      },
      run: async () => {
        await runWith(stateRef.current.saved, false);
      },
      setAnalysisDate: async (iso) => saveSaved({ asOf: iso }),
      setSheetLanguage: async (language) => saveSaved({ sheetLanguage: language }),
      cancel: () => {
        dispatch({ type: 'cancelling' });
        abortRef.current?.abort();
      },
      setDraft: (config) => dispatch({ type: 'draft', draft: config }),
      apply: async () => {
        const { draft, saved, mapping, revision } = stateRef.current;
        // A renamed tier keeps its earlier names: cells written with them still read back as that tier.
        const config = withEarlierTierNames(saved, draft);
        const outcome = await port.saveSettings(config, mapping, revision);
        if (!outcome.ok) {
          dispatch({ type: 'notice', notice: saveFailure(outcome) });
          return;
        }
        dispatch({ type: 'applied', config, revision: outcome.revision });
        // Apply scores what was previewed: the sheets that pass the cheap check are not read again.
        if (await runWith(config, true)) dispatch({ type: 'notice', notice: { intent: 'success', key: 'applied', text: '' } });
      },
      reset: () => dispatch({ type: 'reset' }),
      selectCell: (sheet, address) => {
        port.selectCell(sheet, address).catch(fail);
      },
      predict: async () => {
        try {
          const { result, saved } = stateRef.current;
          dispatch({ type: 'predictive', predictive: await client.call('predictive', { config: saved, asOf: result?.asOf ?? asOf() }) });
        } catch (error) {
          fail(error);
        }
      },
      checkModel: async (language = 'en') => {
        const { result, saved } = stateRef.current;
        dispatch({ type: 'modelCheck', modelCheck: { status: 'running' } });
        try {
          const outcome = await client.call('backtest', { config: saved, asOf: result?.asOf ?? asOf() });
          let written = false;
          let writeError: string | null = null;
          let writeRefusal: Refusal | null = null;
          if (outcome.ok && port.writeModelCheck) {
            const write = await port.writeModelCheck(outcome.backtest, language);
            written = write.ok;
            if (!write.ok) {
              writeError = write.message;
              writeRefusal = write.refusal ?? null;
            }
          }
          dispatch({ type: 'modelCheck', modelCheck: { status: 'done', outcome, written, writeError, writeRefusal } });
        } catch (error) {
          dispatch({ type: 'modelCheck', modelCheck: null });
          fail(error);
        }
      },
      dismissNotice: () => dispatch({ type: 'notice', notice: null }),
    }),
    [port, client, fail, runWith, asOf, detect, saveSaved],
  );

  return { state, actions };
}
