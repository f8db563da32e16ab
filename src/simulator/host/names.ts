/** Named items (workbook or worksheet scope) and workbook settings. */
import { ErrorCodes, fail } from '../errors';
import type { NamedItemModel, SheetRef } from '../model';
import { rangeType } from './range';
import { defineType, HostObject, obj, type HostEnv, type TypeDef } from './types';

/** A name's scope: a sheet id, or null for the workbook. */
interface NameKey {
  name: string;
  scope: string | null;
}

const notFound = (): never => fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
const scopeOf = (k: NameKey) => k.scope ?? undefined;
const item = (k: NameKey, env: HostEnv): NamedItemModel => env.model.namedItem(k.name, scopeOf(k)) ?? notFound();

function constantType(formula: string): string {
  const body = formula.replace(/^=/, '');
  if (/^-?\d+(\.\d+)?$/.test(body)) return 'Double';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (/^".*"$/.test(body)) return 'String';
  return 'Formula';
}

export const namedItem: TypeDef<NameKey> = defineType<NameKey>({
  name: 'NamedItem',
  scalars: {
    comment: (k, env) => item(k, env).comment,
    formula: (k, env) => {
      const i = item(k, env);
      return i.formula ?? (i.ref ? `=${env.model.address(i.ref, true)}` : '=#REF!');
    },
    name: (k, env) => item(k, env).name,
    scope: (k) => (k.scope ? 'Worksheet' : 'Workbook'),
    type: (k, env) => {
      const i = item(k, env);
      return i.formula !== undefined ? constantType(i.formula) : i.ref ? 'Range' : 'Error';
    },
    value: (k, env) => {
      const i = item(k, env);
      return i.formula !== undefined ? i.formula.replace(/^=/, '') : i.ref ? env.model.address(i.ref, true) : '#REF!';
    },
    visible: (k, env) => item(k, env).visible,
  },
  setters: {
    comment: (k, c: string, env) =>
      env.model.mutate('objects', undefined, () => {
        item(k, env).comment = c;
      }),
    visible: (k, b: boolean, env) =>
      env.model.mutate('objects', undefined, () => {
        item(k, env).visible = b;
      }),
  },
  methods: {
    getRange: (k, _a, env) => obj(rangeType, item(k, env).ref ?? fail(ErrorCodes.invalidOperation, 'The operation is invalid for the object.')),
    getRangeOrNullObject: (k, _a, env) => {
      const ref = env.model.namedItem(k.name, scopeOf(k))?.ref;
      return ref ? obj(rangeType, ref) : null;
    },
    delete: (k, _a, env) => env.model.deleteName(item(k, env)),
  },
  // A name is its key: the client re-points a new name's path to the indexer with it.
  id: (k) => k.name,
});

function find(scope: string | null, name: unknown, env: HostEnv): NameKey | undefined {
  const i = env.model.namedItem(String(name), scope ?? undefined);
  return i ? { name: i.name, scope } : undefined;
}

const namesIn = (scope: string | null, env: HostEnv) => env.model.names.filter((n) => (n.scopeSheetId ?? null) === scope);

/** Target: the sheet id of worksheet-scoped names, or null for the workbook's. */
export const namedItemCollection: TypeDef<string | null> = defineType<string | null>({
  name: 'NamedItemCollection',
  items: (scope, env) => namesIn(scope, env).map((n) => obj(namedItem, { name: n.name, scope })),
  scalars: { count: (scope, env) => namesIn(scope, env).length },
  indexer: (scope, [name], env) => obj(namedItem, find(scope, name, env) ?? notFound()),
  methods: {
    getItem: (scope, [name], env) => obj(namedItem, find(scope, name, env) ?? notFound()),
    getItemOrNullObject: (scope, [name], env) => {
      const k = find(scope, name, env);
      return k ? obj(namedItem, k) : null;
    },
    getCount: (scope, _a, env) => namesIn(scope, env).length,
    /** `reference`: a Range, or a formula/address string such as "=Sheet1!$A$1:$B$4" or "=42". */
    add: (scope, [name, reference, comment], env) => {
      const model = env.model;
      let ref: SheetRef | null = null;
      let formula: string | undefined;
      if (reference instanceof HostObject) ref = reference.target as SheetRef;
      else {
        const text = String(reference);
        try {
          ref = model.resolveAddress(text.replace(/^=/, '').replace(/\$/g, ''), scope ?? model.activeSheetId);
        } catch {
          formula = text.startsWith('=') ? text : `=${text}`;
        }
      }
      model.addName({ name: String(name), scopeSheetId: scope ?? undefined, ref, formula, comment: (comment as string | null) ?? '', visible: true });
      return obj(namedItem, { name: String(name), scope });
    },
  },
});

const settingExists = (key: string, env: HostEnv) => (env.model.settings.has(key) ? key : notFound());

/** Workbook settings (ExcelApi 1.4): key -> JSON value, saved with the workbook. */
export const setting: TypeDef<string> = defineType<string>({
  name: 'Setting',
  scalars: {
    key: (key, env) => settingExists(key, env),
    value: (key, env) => env.model.getSetting(settingExists(key, env)),
  },
  setters: { value: (key, value: unknown, env) => env.model.setSetting(key, value) },
  methods: { delete: (key, _a, env) => env.model.deleteSetting(key) },
  id: (key) => key,
});

export const settingCollection: TypeDef<null> = defineType<null>({
  name: 'SettingCollection',
  items: (_t, env) => [...env.model.settings.keys()].map((key) => obj(setting, key)),
  indexer: (_t, [key], env) => obj(setting, settingExists(String(key), env)),
  methods: {
    getItem: (_t, [key], env) => obj(setting, settingExists(String(key), env)),
    getItemOrNullObject: (_t, [key], env) => (env.model.settings.has(String(key)) ? obj(setting, String(key)) : null),
    getCount: (_t, _a, env) => env.model.settings.size,
    add: (_t, [key, value], env) => {
      env.model.setSetting(String(key), value);
      return obj(setting, String(key));
    },
  },
});
