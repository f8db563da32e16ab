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
      env.model.mutate('objects', undefined, () => { env.model.calculationMode = mode; });
    },
  },
  methods: {
    /** Formulas are not calculated by the model (README); the call is accepted. */
    calculate: () => undefined,
    /** ExcelApi 1.6; lasts until the next sync only. */
    suspendApiCalculationUntilNextSync: (_t, _a, env) => { env.stats.suspendCalculationCalls++; },
    /** ExcelApi 1.9; lasts until the next sync only (calling it in a loop makes the pane blink: office-js#545). */
    suspendScreenUpdatingUntilNextSync: (_t, _a, env) => { env.stats.suspendScreenUpdatingCalls++; },
  },
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
  },
  methods: {
    getSelectedRange: (_t, _a, env) => obj(rangeType, { ...env.model.selection }),
    getActiveCell: (_t, _a, env) => {
      const { sheetId, rect } = env.model.selection;
      return obj(rangeType, { sheetId, rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } });
    },
  },
});
