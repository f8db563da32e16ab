/** Named items (workbook or worksheet scope). Target: the item's key (name + scope). */
import { ErrorCodes, fail } from '../errors';
import type { NamedItemModel } from '../model';
import { jsonBytes } from '../payload';
import { ClientCollection, ClientObject, NO_PATH, type RequestContext } from './context';
import { Range } from './range';

interface NameKey {
  name: string;
  scope: string | undefined;
}

export class NamedItem extends ClientObject<NameKey> {
  protected readonly scalarProps = ['name', 'type', 'value', 'formula', 'comment', 'visible', 'scope'] as const;

  constructor(context: RequestContext, resolver: () => NameKey | null, pathBytes = 30) {
    super(context, resolver, pathBytes);
  }

  private item(k: NameKey): NamedItemModel {
    return this.state.model.namedItem(k.name, k.scope) ?? fail(ErrorCodes.itemNotFound, `The name ${k.name} does not exist.`);
  }

  get name(): string { return this.val('name'); }
  get type(): string { return this.val('type'); }
  get value(): unknown { return this.val('value'); }
  get formula(): string { return this.val('formula'); }
  get comment(): string { return this.val('comment'); }
  set comment(v: string) { this.write('comment', v, (k, c) => this.state.model.mutate('objects', undefined, () => { this.item(k).comment = c; })); }
  get visible(): boolean { return this.val('visible'); }
  set visible(v: boolean) { this.write('visible', v, (k, b) => this.state.model.mutate('objects', undefined, () => { this.item(k).visible = b; })); }
  get scope(): string { return this.val('scope'); }

  protected readProperty(k: NameKey, prop: string): unknown {
    const item = this.item(k);
    const model = this.state.model;
    switch (prop) {
      case 'name': return item.name;
      case 'type': return item.formula !== undefined ? constantType(item.formula) : item.ref ? 'Range' : 'Error';
      case 'value': return item.formula !== undefined ? item.formula.replace(/^=/, '') : item.ref ? model.address(item.ref, true) : '#REF!';
      case 'formula': return item.formula ?? (item.ref ? `=${model.address(item.ref, true)}` : '=#REF!');
      case 'comment': return item.comment;
      case 'visible': return item.visible;
      case 'scope': return item.scopeSheetId ? 'Worksheet' : 'Workbook';
      default: return undefined;
    }
  }

  getRange(): Range {
    return new Range(this.context, () => {
      const k = this.targetOrNull();
      if (!k) return null;
      return this.item(k).ref ?? fail(ErrorCodes.invalidOperation, `The name ${k.name} does not refer to a range.`);
    });
  }

  getRangeOrNullObject(): Range {
    const r = new Range(this.context, () => {
      const k = this.targetOrNull();
      return k ? this.state.model.namedItem(k.name, k.scope)?.ref ?? null : null;
    });
    r.resolveAtSync();
    return r;
  }

  delete(): void {
    this.call('delete', (k) => this.state.model.deleteName(this.item(k)));
  }
}

function constantType(formula: string): string {
  const body = formula.replace(/^=/, '');
  if (/^-?\d+(\.\d+)?$/.test(body)) return 'Double';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (/^".*"$/.test(body)) return 'String';
  return 'Formula';
}

export class NamedItemCollection extends ClientCollection<NamedItem, NameKey> {
  protected override readonly ownProps = ['count'] as const;

  /** `scope()` undefined: workbook-scoped names; null: a worksheet that is a null object. */
  constructor(context: RequestContext, private readonly scope: () => string | undefined | null) {
    super(context);
  }

  protected keys(): NameKey[] {
    const scope = this.scope();
    if (scope === null) return [];
    return this.state.model.names.filter((n) => n.scopeSheetId === scope).map((n) => ({ name: n.name, scope }));
  }

  protected itemFor(key: NameKey): NamedItem {
    return new NamedItem(this.context, () => key, NO_PATH);
  }

  private find(name: string): NameKey | undefined {
    const scope = this.scope();
    if (scope === null) return undefined;
    const item = this.state.model.namedItem(name, scope);
    return item ? { name: item.name, scope } : undefined;
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, () => this.find(name) ?? fail(ErrorCodes.itemNotFound, `The name ${name} does not exist.`), jsonBytes(name));
  }

  getItemOrNullObject(name: string): NamedItem {
    const n = new NamedItem(this.context, () => this.find(name) ?? null, jsonBytes(name));
    n.resolveAtSync();
    return n;
  }

  /** `reference`: a Range, or a formula/address string such as "=Sheet1!$A$1:$B$4" or "=42". */
  add(name: string, reference: Range | string, comment = ''): NamedItem {
    let key: NameKey | undefined;
    this.context.enqueue(jsonBytes(name) + jsonBytes(typeof reference === 'string' ? reference : 'range') + jsonBytes(comment), () => {
      const model = this.state.model;
      const scope = this.scope();
      if (scope === null) return fail(ErrorCodes.itemNotFound, 'The worksheet does not exist.');
      let ref = null;
      let formula: string | undefined;
      if (typeof reference !== 'string') ref = reference.target();
      else {
        try {
          ref = model.resolveAddress(reference.replace(/\$/g, ''), scope ?? model.activeSheetId);
        } catch {
          formula = reference.startsWith('=') ? reference : `=${reference}`;
        }
      }
      model.addName({ name, scopeSheetId: scope, ref, formula, comment, visible: true });
      key = { name, scope };
    });
    return new NamedItem(this.context, () => key ?? fail(ErrorCodes.itemNotFound, 'The name was not added.'));
  }
}
