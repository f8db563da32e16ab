/**
 * The scoring step run in-process: what `runScoring`'s injected `score` does. The pane passes one
 * that runs the same pipeline in a Web Worker; tests and the workbench pass this.
 */
import { scoreWorkbook, type ScoreOutcome, type ScoreRequest } from '../output/pipeline';

export type { ScoreOutcome, ScoreRequest };

export type ScoreFn = (request: ScoreRequest) => Promise<ScoreOutcome>;

export const scoreLocally: ScoreFn = async (request) => scoreWorkbook(request);
