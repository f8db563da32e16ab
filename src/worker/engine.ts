/**
 * The scoring work behind the worker, as a plain class: the worker entry and the in-thread
 * fallback both drive it, and tests call it directly. It keeps the rows of the last analysis and
 * the scoring cache, so a preview only re-weights cached sub-scores and posts back counts.
 */
import { analyseWorkbook, type WorkbookAnalysis, type WorkbookInput } from '../domain/analyse';
import { studiesReport } from '../domain/studies';
import type { PredictiveClvResult, PredictiveCustomer } from '../domain/clv/predictive/predictive';
import type { CellValue, DayNumber } from '../domain/model';
import type { CustomerResult, ScoringResult } from '../domain/score';
import { buildCache, type ScoringCache } from '../domain/scoring/prepare';
import { effectiveWeights, resolveProfile } from '../domain/indicators/profiles';
import { predictiveClvOptions, type ScoringConfig } from '../domain/config';
import { rescore } from '../domain/scoring/rescore';
import { NO_TIER, TIER_NAMES, tierCode } from '../domain/segments/tiers';
import { checkRows, fitRows, scoreRows, tableOfRows, type AnalysedRows } from '../output/pipeline';
import { MATRIX_SIZE, type CallKind, type PredictiveSummary, type PreviewResult, type WorkerCalls } from './protocol';
import { FaultError } from './faults';
import { summariseFit } from './predictiveSummary';

type StagedSheet = { sheet: string; grid: (readonly CellValue[])[] };

type Handlers = { [K in CallKind]: (params: WorkerCalls[K]['params']) => WorkerCalls[K]['result'] };

const UNSCORED = TIER_NAMES.length;

function matrixIndex(code: number): number {
  return code === NO_TIER ? UNSCORED : code;
}

export function emptyMatrix(): number[][] {
  return Array.from({ length: MATRIX_SIZE }, () => new Array<number>(MATRIX_SIZE).fill(0));
}

export class ScoringEngine implements Handlers {
  private rows: AnalysedRows | null = null;
  private cache: ScoringCache | null = null;
  private baseTiers: Uint8Array | null = null;
  private staged: { orders: StagedSheet | null; customers: StagedSheet | null; survey: StagedSheet | null } = { orders: null, customers: null, survey: null };
  /** What the studies (products, plans) need of the last scoring. */
  private lastScoring: Pick<ScoringResult, 'customers' | 'seasonality' | 'asOf' | 'satisfaction'> | null = null;
  private lastMapping: WorkbookAnalysis['mapping'] | null = null;
  private lastCustomers: CustomerResult[] = [];
  private otherProfile: { key: string; cache: ScoringCache } | null = null;
  /** The last predictive fit and what it was asked with: a run and the customer view share it. */
  private lastFit: { key: string; fit: PredictiveClvResult | null; entries: [string, PredictiveCustomer][] } | null = null;

  stage(params: WorkerCalls['stage']['params']): WorkerCalls['stage']['result'] {
    if (params.first) {
      if (params.sheet === 'orders') this.staged = { orders: null, customers: null, survey: null };
      this.staged[params.sheet] = { sheet: params.name, grid: [] };
    }
    const target = this.staged[params.sheet];
    if (!target) throw new Error(`Stage the ${params.sheet} sheet from its first rows.`);
    for (const row of params.rows) target.grid.push(row);
    return { rows: target.grid.length };
  }

  analyse(params: WorkerCalls['analyse']['params']): WorkerCalls['analyse']['result'] {
    const input = 'input' in params ? params.input : this.stagedInput(params.staged);
    // Every step reads the order table: the row objects are not kept.
    const { customers, orders: _orders, orderTable, extraColumns, survey, ...summary } = analyseWorkbook({ ...input, keepOrderRows: false });
    this.rows = summary.refused ? null : { customers, orderTable, extraColumns, survey: survey ?? null, currency: summary.currency ?? null };
    this.lastMapping = summary.mapping;
    this.lastScoring = null;
    this.lastFit = null;
    this.cache = null;
    this.baseTiers = null;
    return { ...summary, customerCount: customers.length, orderCount: orderTable?.length ?? 0 };
  }

  private stagedInput(options: Pick<WorkbookInput, 'mapping' | 'readOptions' | 'currency' | 'rates'>): WorkbookInput {
    const { orders, customers, survey } = this.staged;
    if (!orders) throw new FaultError('not-staged', 'No order rows were staged.');
    this.staged = { orders: null, customers: null, survey: null };
    return { ...options, orders, ...(customers ? { customers } : {}), ...(survey ? { survey } : {}) };
  }

  customers(params: WorkerCalls['customers']['params']): WorkerCalls['customers']['result'] {
    return this.lastCustomers.slice(params.from, params.to);
  }

  score(params: WorkerCalls['score']['params']): WorkerCalls['score']['result'] {
    if (params.rows) {
      this.rows = params.rows;
      this.lastFit = null;
    }
    if (!this.rows) throw new FaultError('not-read', 'Nothing to score: the workbook has not been read yet.');
    const { cache, ...result } = scoreRows(this.rows, params.config, params.asOf, params.previous, params.asOfIsToday ?? false);
    this.cache = cache;
    this.otherProfile = null;
    // The scoring's own tiers, in the cache's customer order: a preview compares against them (no second rescore).
    this.baseTiers = Uint8Array.from(result.customers, (c) => tierCode(c.tier));
    const customerRows: Record<string, number> = {};
    for (const c of this.rows.customers) if (c.row > 0 && !(c.customerId in customerRows)) customerRows[c.customerId] = c.row;
    this.lastCustomers = result.customers;
    this.lastScoring = { customers: result.customers, seasonality: result.seasonality, asOf: result.asOf, satisfaction: result.satisfaction ?? null };
    const customerCount = result.customers.length;
    return { ...result, customers: params.page ? [] : result.customers, customerRows, customerCount };
  }

  preview(params: WorkerCalls['preview']['params']): PreviewResult {
    const started = performance.now();
    const { cache, baseTiers } = this;
    if (!cache || !baseTiers) throw new FaultError('not-scored', 'Run the scoring once before previewing weights.');
    const { profileId, customProfile, weights, tierRule, minCoverage } = params.config;
    const profiled = profileId === cache.profile.id && customProfile === null ? cache : this.cacheFor(profileId, customProfile, cache);
    const next = rescore(profiled, effectiveWeights(profiled.profile, weights), tierRule, minCoverage);
    const matrix = emptyMatrix();
    let moved = 0;
    for (let i = 0; i < baseTiers.length; i++) {
      const from = matrixIndex(baseTiers[i] as number);
      const to = matrixIndex(next.tiers[i] as number);
      (matrix[from] as number[])[to] = ((matrix[from] as number[])[to] as number) + 1;
      if (from !== to) moved++;
    }
    return { tierCounts: next.tierCounts, matrix, moved, millis: performance.now() - started };
  }

  /** Another profile re-uses the aggregates and only rebuilds the sub-scores; kept for the next preview. */
  private cacheFor(profileId: string, custom: ScoringConfig['customProfile'], base: ScoringCache): ScoringCache {
    const key = JSON.stringify([profileId, custom]);
    if (this.otherProfile?.key !== key) this.otherProfile = { key, cache: buildCache(base.index, base.agg, resolveProfile(profileId, custom), base.asOf, this.rows?.extraColumns) };
    return this.otherProfile.cache;
  }

  fit(params: WorkerCalls['fit']['params']): WorkerCalls['fit']['result'] {
    const fit = this.fitOnce(params);
    if (!fit) return null;
    // With `page`, the customers stay here and cross in slices (fitCustomers): one message with
    // 100,000 of them would hold the pane's thread while it is copied in.
    return { ...fit, customers: params.page ? new Map() : fit.customers, customerCount: fit.customers.size };
  }

  fitCustomers(params: WorkerCalls['fitCustomers']['params']): WorkerCalls['fitCustomers']['result'] {
    return this.lastFit?.entries.slice(params.from, params.to) ?? [];
  }

  private fitOnce(params: { config: ScoringConfig; asOf: DayNumber }): PredictiveClvResult | null {
    if (!this.rows) throw new FaultError('not-read', 'Nothing to fit: the workbook has not been read yet.');
    const options = predictiveClvOptions(params.config, params.asOf);
    const key = JSON.stringify(options);
    if (this.lastFit?.key !== key) {
      const fit = fitRows(tableOfRows(this.rows), params.config, params.asOf);
      this.lastFit = { key, fit, entries: fit ? [...fit.customers] : [] };
    }
    return this.lastFit.fit;
  }

  /** Products, satisfaction and plans (src/domain/studies.ts) of the last scoring, for the sheets and the pane. */
  studies(params: WorkerCalls['studies']['params']): WorkerCalls['studies']['result'] {
    if (!this.rows || !this.lastScoring || !this.lastMapping) throw new FaultError('not-scored', 'Run the scoring once before the studies.');
    const { customers, survey } = this.rows;
    return studiesReport({ orderTable: tableOfRows(this.rows), customers, survey: survey ?? null, mapping: this.lastMapping }, this.lastScoring, params.config, params.existingPlans);
  }

  predictive(params: WorkerCalls['predictive']['params']): PredictiveSummary {
    return summariseFit(this.fitOnce(params));
  }

  backtest(params: WorkerCalls['backtest']['params']): WorkerCalls['backtest']['result'] {
    if (!this.rows) throw new FaultError('not-read', 'Nothing to check: the workbook has not been read yet.');
    return checkRows(tableOfRows(this.rows), params.config, params.asOf);
  }
}

/** Dispatch one request to the engine by kind. */
export function handleRequest<K extends CallKind>(engine: ScoringEngine, kind: K, params: WorkerCalls[K]['params']): WorkerCalls[K]['result'] {
  const handler = engine[kind] as (p: WorkerCalls[K]['params']) => WorkerCalls[K]['result'];
  return handler.call(engine, params);
}
