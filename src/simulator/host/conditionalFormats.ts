/**
 * Conditional formats, kept as descriptive records (range, type, rule, format): not evaluated.
 * Covers cellValue, custom, textComparison, topBottom and colorScale. Target: a format id.
 */
import { intersect } from '../address';
import { ErrorCodes, fail } from '../errors';
import type { ConditionalFormatModel, SheetRef } from '../model';
import { normaliseColor, rangeType } from './range';
import { defineType, obj, type HostEnv, type TypeDef } from './types';

const cf = (id: string, env: HostEnv): ConditionalFormatModel => env.model.conditionalFormats.find((f) => f.id === id) ?? fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");

function update(id: string, env: HostEnv, change: (f: ConditionalFormatModel) => void): void {
  const f = cf(id, env);
  env.model.mutate('objects', f.sheetId, () => change(f));
}

export const conditionalRangeFill: TypeDef<string> = defineType<string>({
  name: 'ConditionalRangeFill',
  scalars: { color: (id, env) => cf(id, env).format.fill ?? null },
  setters: {
    color: (id, c: string, env) =>
      update(id, env, (f) => {
        const fill = normaliseColor(c);
        if (fill === undefined) delete f.format.fill;
        else f.format.fill = fill;
      }),
  },
  methods: {
    clear: (id, _a, env) =>
      update(id, env, (f) => {
        delete f.format.fill;
      }),
  },
});

export const conditionalRangeFont: TypeDef<string> = defineType<string>({
  name: 'ConditionalRangeFont',
  scalars: { bold: (id, env) => cf(id, env).format.bold ?? null, color: (id, env) => cf(id, env).format.fontColor ?? null },
  setters: {
    color: (id, c: string, env) =>
      update(id, env, (f) => {
        const color = normaliseColor(c);
        if (color === undefined) delete f.format.fontColor;
        else f.format.fontColor = color;
      }),
    bold: (id, b: boolean, env) =>
      update(id, env, (f) => {
        f.format.bold = b;
      }),
  },
});

export const conditionalRangeFormat: TypeDef<string> = defineType<string>({
  name: 'ConditionalRangeFormat',
  nav: { fill: (id) => obj(conditionalRangeFill, id), font: (id) => obj(conditionalRangeFont, id) },
});

/** cellValue / textComparison / topBottom: `rule` is a plain object. */
export const ruleWithFormat: TypeDef<string> = defineType<string>({
  name: 'ConditionalFormatWithRule',
  scalars: { rule: (id, env) => ({ ...cf(id, env).rule }) },
  setters: {
    rule: (id, r: Record<string, unknown>, env) =>
      update(id, env, (f) => {
        f.rule = { ...r };
      }),
  },
  nav: { format: (id) => obj(conditionalRangeFormat, id) },
});

export const conditionalFormatRule: TypeDef<string> = defineType<string>({
  name: 'ConditionalFormatRule',
  scalars: { formula: (id, env) => cf(id, env).rule.formula ?? '' },
  setters: {
    formula: (id, formula: string, env) =>
      update(id, env, (f) => {
        f.rule = { ...f.rule, formula };
      }),
  },
});

export const customConditionalFormat: TypeDef<string> = defineType<string>({
  name: 'CustomConditionalFormat',
  nav: { rule: (id) => obj(conditionalFormatRule, id), format: (id) => obj(conditionalRangeFormat, id) },
});

export const colorScaleConditionalFormat: TypeDef<string> = defineType<string>({
  name: 'ColorScaleConditionalFormat',
  scalars: {
    criteria: (id, env) => structuredClone((cf(id, env).rule.criteria as Record<string, unknown> | undefined) ?? {}),
    threeColorScale: (id, env) => (cf(id, env).rule.criteria as Record<string, unknown> | undefined)?.midpoint !== undefined,
  },
  setters: {
    criteria: (id, c: Record<string, unknown>, env) =>
      update(id, env, (f) => {
        f.rule = { ...f.rule, criteria: structuredClone(c) };
      }),
  },
});

export const conditionalFormat: TypeDef<string> = defineType<string>({
  name: 'ConditionalFormat',
  scalars: {
    id: (id) => id,
    priority: (id, env) => cf(id, env).priority,
    stopIfTrue: (id, env) => cf(id, env).stopIfTrue,
    type: (id, env) => cf(id, env).type,
  },
  setters: {
    stopIfTrue: (id, b: boolean, env) =>
      update(id, env, (f) => {
        f.stopIfTrue = b;
      }),
  },
  nav: {
    cellValue: (id) => obj(ruleWithFormat, id),
    textComparison: (id) => obj(ruleWithFormat, id),
    topBottom: (id) => obj(ruleWithFormat, id),
    custom: (id) => obj(customConditionalFormat, id),
    colorScale: (id) => obj(colorScaleConditionalFormat, id),
  },
  methods: {
    /** Throws (InvalidOperation) for a format applied to several ranges, as the reference says it does. */
    getRange: (id, _a, env) => {
      const f = cf(id, env);
      if (f.moreAreas?.length) fail(ErrorCodes.invalidOperation, 'The conditional format is applied to multiple ranges.');
      return obj(rangeType, { sheetId: f.sheetId, rect: f.rect });
    },
    /** A null object for a format applied to several ranges. */
    getRangeOrNullObject: (id, _a, env) => {
      const f = cf(id, env);
      return f.moreAreas?.length ? null : obj(rangeType, { sheetId: f.sheetId, rect: f.rect });
    },
    delete: (id, _a, env) =>
      update(id, env, () => {
        env.model.conditionalFormats = env.model.conditionalFormats.filter((f) => f.id !== id);
      }),
  },
  id: (id) => id,
});

/** Formats on the range's sheet that overlap the range, by priority. */
const keys = (ref: SheetRef, env: HostEnv): string[] =>
  env.model.conditionalFormats
    .filter((f) => f.sheetId === ref.sheetId && env.model.conditionalFormatAreas(f).some((a) => intersect(a, ref.rect)))
    .sort((a, b) => a.priority - b.priority)
    .map((f) => f.id);

/** Target: the range the collection belongs to. */
export const conditionalFormatCollection: TypeDef<SheetRef> = defineType<SheetRef>({
  name: 'ConditionalFormatCollection',
  items: (ref, env) => keys(ref, env).map((id) => obj(conditionalFormat, id)),
  indexer: (ref, [id], env) => (keys(ref, env).includes(String(id)) ? obj(conditionalFormat, String(id)) : fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist.")),
  methods: {
    add: (ref, [type], env) => obj(conditionalFormat, env.model.addConditionalFormat(ref.sheetId, ref.rect, type as string).id),
    getItem: (ref, [id], env) => (keys(ref, env).includes(String(id)) ? obj(conditionalFormat, String(id)) : fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist.")),
    getCount: (ref, _a, env) => keys(ref, env).length,
    clearAll: (ref, _a, env) => {
      const ids = new Set(keys(ref, env));
      if (ids.size === 0) return;
      env.model.mutate('objects', ref.sheetId, () => {
        env.model.conditionalFormats = env.model.conditionalFormats.filter((f) => !ids.has(f.id));
      });
    },
  },
});
