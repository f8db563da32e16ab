/**
 * How the host describes an Excel object type: the scalar properties it can read and write, its
 * navigation properties, its methods, and for a collection its items. The names are the
 * camelCase member names of Office.js; the wire names (`Values`, `GetRange`) are derived from
 * them the way the client library's `LibraryBuilder` derives them (see protocol.ts).
 */
import type { Workbook } from '../model';
import type { SimulatorOptions } from '../state';
import type { SyncStats } from '../stats';

/** What every member implementation can reach. */
export interface HostEnv {
  readonly model: Workbook;
  readonly options: SimulatorOptions;
  readonly stats: SyncStats;
}

/** A method's or indexer's argument: a client object passed as an argument arrives resolved. */
export type Arg = unknown;

export interface TypeDef<T = unknown> {
  readonly name: string;
  /** Scalar properties, in the order a bare `load()` returns them. */
  readonly scalars?: Record<string, (t: T, env: HostEnv) => unknown>;
  /** Scalar properties that `load()` without arguments leaves out (big or costly ones). */
  readonly notByDefault?: readonly string[];
  readonly setters?: Record<string, (t: T, value: never, env: HostEnv) => void>;
  readonly nav?: Record<string, (t: T, env: HostEnv) => HostObject | null>;
  /** Methods: a returned HostObject (or null, a null object) is an object path's target; anything else is the action's result. */
  readonly methods?: Record<string, (t: T, args: Arg[], env: HostEnv) => unknown>;
  /** `collection.getItem(key)` is sent as an indexer path. */
  readonly indexer?: (t: T, args: Arg[], env: HostEnv) => HostObject | null;
  /** Collections: the current members. */
  readonly items?: (t: T, env: HostEnv) => HostObject[];
  /** The object's id as the client reads it (`Id`), so it can re-point its object path. */
  readonly id?: (t: T, env: HostEnv) => string | number;
}

/** One object of the emulated Excel: its type and what it stands for in the model. */
export class HostObject<T = unknown> {
  referenceId: string | undefined;
  constructor(
    readonly type: TypeDef<T>,
    readonly target: T,
  ) {}
}

export const obj = <T>(type: TypeDef<T>, target: T): HostObject => new HostObject(type, target) as HostObject;

/** Helper for type definitions: narrows a loose definition to TypeDef<T>. */
export const defineType = <T>(def: TypeDef<T>): TypeDef<T> => def;
