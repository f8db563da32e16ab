/** The root object (context.workbook) and Application. */
import { ErrorCodes, fail } from '../errors';
import { namedItemCollection, settingCollection } from './names';
import { rangeType } from './range';
import { tableCollection } from './tables';
import { defineType, obj, type TypeDef } from './types';
import { worksheetCollection } from './worksheet';

export const application: TypeDef<null> = defineType<null>({
  name: 'Application',
  scalars: { calculationMode: (_t, env) => env.model.calculationMode },
  setters: {
    calculationMode: (_t, mode: string, env) => {
      if (!['Automatic', 'AutomaticExceptTables', 'Manual'].includes(mode)) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      env.model.mutate('objects', undefined, () => {
        env.model.calculationMode = mode;
      });
    },
  },
  methods: {
    calculate: (_t, _a, env) => env.model.recalculate(),
    /** ExcelApi 1.6; lasts until the end of this request (the host resets it). */
    suspendApiCalculationUntilNextSync: (_t, _a, env) => {
      env.stats.suspendCalculationCalls++;
      env.model.apiCalculationSuspended = true;
    },
    /** ExcelApi 1.9; lasts until the next sync only (calling it in a loop makes the pane blink: office-js#545). */
    suspendScreenUpdatingUntilNextSync: (_t, _a, env) => {
      env.stats.suspendScreenUpdatingCalls++;
    },
  },
});

/** Workbook structure protection (ExcelApi 1.7). */
export const workbookProtection: TypeDef<null> = defineType<null>({
  name: 'WorkbookProtection',
  scalars: { protected: (_t, env) => env.model.structureProtected },
  methods: {
    protect: (_t, _a, env) =>
      env.model.mutate('structure', undefined, () => {
        env.model.structureProtected = true;
      }),
    unprotect: (_t, _a, env) =>
      env.model.mutate('structure', undefined, () => {
        env.model.structureProtected = false;
      }),
  },
});

/** The result of a worksheet function (Excel.FunctionResult): `value` and `error`. Target: the value. */
export const functionResult: TypeDef<number> = defineType<number>({
  name: 'FunctionResult',
  scalars: { error: () => null, value: (v) => v },
});

/** Worksheet functions (ExcelApi 1.2): only DATE, which answers in the workbook's date system. */
export const functions: TypeDef<null> = defineType<null>({
  name: 'Functions',
  methods: { date: (_t, [y, m, d], env) => obj(functionResult, env.model.dateSerial(y as number, m as number, d as number)) },
});

export const workbookType: TypeDef<null> = defineType<null>({
  name: 'Workbook',
  scalars: { name: () => 'Book1.xlsx' },
  nav: {
    worksheets: () => obj(worksheetCollection, null),
    tables: () => obj(tableCollection, null),
    names: () => obj(namedItemCollection, null),
    settings: () => obj(settingCollection, null),
    application: () => obj(application, null),
    protection: () => obj(workbookProtection, null),
    functions: () => obj(functions, null),
  },
  methods: {
    getSelectedRange: (_t, _a, env) => obj(rangeType, { ...env.model.selection }),
    getActiveCell: (_t, _a, env) => {
      const { sheetId, rect } = env.model.selection;
      return obj(rangeType, { sheetId, rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } });
    },
  },
});
