/**
 * Conditional formats, kept as descriptive records (range, type, rule, format): the simulator
 * does not evaluate them. Covers cellValue, custom, textComparison, topBottom and colorScale.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
 */
import { intersect } from '../address';
import { ErrorCodes, fail } from '../errors';
import type { ConditionalFormatModel, SheetRef } from '../model';
import { jsonBytes } from '../payload';
import { ClientCollection, ClientObject, NO_PATH, type RequestContext } from './context';
import { normaliseColor, Range } from './range';

abstract class CfPart extends ClientObject<string> {
  constructor(context: RequestContext, resolver: () => string | null, pathBytes = 10) {
    super(context, resolver, pathBytes);
  }
  protected cf(id: string): ConditionalFormatModel {
    return this.state.model.conditionalFormats.find((f) => f.id === id) ?? fail(ErrorCodes.itemNotFound, 'The conditional format no longer exists.');
  }
  protected update(id: string, change: (f: ConditionalFormatModel) => void): void {
    const f = this.cf(id);
    this.state.model.mutate('objects', f.sheetId, () => change(f));
  }
}

export class ConditionalFormat extends CfPart {
  protected readonly scalarProps = ['id', 'type', 'priority', 'stopIfTrue'] as const;
  get id(): string { return this.val('id'); }
  get type(): string { return this.val('type'); }
  get priority(): number { return this.val('priority'); }
  get stopIfTrue(): boolean { return this.val('stopIfTrue'); }
  set stopIfTrue(v: boolean) { this.write('stopIfTrue', v, (id, b) => this.update(id, (f) => { f.stopIfTrue = b; })); }
  protected readProperty(id: string, prop: string): unknown {
    return (this.cf(id) as unknown as Record<string, unknown>)[prop];
  }
  private part(): RuleWithFormat {
    return new RuleWithFormat(this.context, () => this.targetOrNull());
  }
  get cellValue(): RuleWithFormat { return this.part(); }
  get textComparison(): RuleWithFormat { return this.part(); }
  get topBottom(): RuleWithFormat { return this.part(); }
  get custom(): CustomConditionalFormat { return new CustomConditionalFormat(this.context, () => this.targetOrNull()); }
  get colorScale(): ColorScaleConditionalFormat { return new ColorScaleConditionalFormat(this.context, () => this.targetOrNull()); }
  /** Throws (InvalidOperation) for a format applied to several ranges, as the reference says it does. */
  getRange(): Range {
    return new Range(this.context, () => {
      const id = this.targetOrNull();
      if (id === null) return null;
      const f = this.cf(id);
      if (f.moreAreas?.length) fail(ErrorCodes.invalidOperation, 'The conditional format is applied to multiple ranges.');
      return { sheetId: f.sheetId, rect: f.rect };
    });
  }
  /** A null object for a format applied to several ranges. */
  getRangeOrNullObject(): Range {
    const range = new Range(this.context, () => {
      const id = this.targetOrNull();
      const f = id === null ? undefined : this.cf(id);
      return !f || f.moreAreas?.length ? null : { sheetId: f.sheetId, rect: f.rect };
    });
    range.resolveAtSync();
    return range;
  }
  delete(): void {
    this.call('delete', (id) => this.update(id, () => {
      this.state.model.conditionalFormats = this.state.model.conditionalFormats.filter((f) => f.id !== id);
    }));
  }
}

/** cellValue / textComparison / topBottom: `rule` is a plain object, `format` a proxy. */
export class RuleWithFormat extends CfPart {
  protected readonly scalarProps = ['rule'] as const;
  get rule(): Record<string, unknown> { return this.val('rule'); }
  set rule(v: Record<string, unknown>) { this.write('rule', v, (id, r) => this.update(id, (f) => { f.rule = { ...r }; })); }
  get format(): ConditionalRangeFormat { return new ConditionalRangeFormat(this.context, () => this.targetOrNull()); }
  protected readProperty(id: string): unknown {
    return { ...this.cf(id).rule };
  }
}

export class CustomConditionalFormat extends CfPart {
  protected readonly scalarProps = [] as const;
  get rule(): ConditionalFormatRule { return new ConditionalFormatRule(this.context, () => this.targetOrNull()); }
  get format(): ConditionalRangeFormat { return new ConditionalRangeFormat(this.context, () => this.targetOrNull()); }
  protected readProperty(): unknown {
    return undefined;
  }
}

export class ConditionalFormatRule extends CfPart {
  protected readonly scalarProps = ['formula'] as const;
  get formula(): string { return this.val('formula'); }
  set formula(v: string) { this.write('formula', v, (id, formula) => this.update(id, (f) => { f.rule = { ...f.rule, formula }; })); }
  protected readProperty(id: string): unknown {
    return this.cf(id).rule.formula ?? '';
  }
}

export class ColorScaleConditionalFormat extends CfPart {
  protected readonly scalarProps = ['criteria', 'threeColorScale'] as const;
  get criteria(): Record<string, unknown> { return this.val('criteria'); }
  set criteria(v: Record<string, unknown>) { this.write('criteria', v, (id, c) => this.update(id, (f) => { f.rule = { ...f.rule, criteria: structuredClone(c) }; })); }
  get threeColorScale(): boolean { return this.val('threeColorScale'); }
  protected readProperty(id: string, prop: string): unknown {
    const criteria = this.cf(id).rule.criteria as Record<string, unknown> | undefined;
    return prop === 'criteria' ? structuredClone(criteria ?? {}) : criteria?.midpoint !== undefined;
  }
}

export class ConditionalRangeFormat extends CfPart {
  protected readonly scalarProps = [] as const;
  get fill(): ConditionalRangeFill { return new ConditionalRangeFill(this.context, () => this.targetOrNull()); }
  get font(): ConditionalRangeFont { return new ConditionalRangeFont(this.context, () => this.targetOrNull()); }
  protected readProperty(): unknown {
    return undefined;
  }
}

export class ConditionalRangeFill extends CfPart {
  protected readonly scalarProps = ['color'] as const;
  get color(): string { return this.val('color'); }
  set color(v: string) { this.write('color', v, (id, c) => this.update(id, (f) => { f.format.fill = normaliseColor(c); })); }
  clear(): void { this.call('clear', (id) => this.update(id, (f) => { delete f.format.fill; })); }
  protected readProperty(id: string): unknown {
    return this.cf(id).format.fill ?? null;
  }
}

export class ConditionalRangeFont extends CfPart {
  protected readonly scalarProps = ['color', 'bold'] as const;
  get color(): string { return this.val('color'); }
  set color(v: string) { this.write('color', v, (id, c) => this.update(id, (f) => { f.format.fontColor = normaliseColor(c); })); }
  get bold(): boolean { return this.val('bold'); }
  set bold(v: boolean) { this.write('bold', v, (id, b) => this.update(id, (f) => { f.format.bold = b; })); }
  protected readProperty(id: string, prop: string): unknown {
    const f = this.cf(id).format;
    return prop === 'color' ? f.fontColor ?? null : f.bold ?? null;
  }
}

export class ConditionalFormatCollection extends ClientCollection<ConditionalFormat, string> {
  protected override readonly ownProps = ['count'] as const;
  constructor(context: RequestContext, private readonly range: () => SheetRef | null) {
    super(context);
  }
  /** Formats on this range's sheet that overlap the range. */
  protected keys(): string[] {
    const ref = this.range();
    if (!ref) return [];
    return this.state.model.conditionalFormats
      .filter((f) => f.sheetId === ref.sheetId && this.state.model.conditionalFormatAreas(f).some((a) => intersect(a, ref.rect)))
      .sort((a, b) => a.priority - b.priority)
      .map((f) => f.id);
  }
  protected itemFor(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, () => id, NO_PATH);
  }
  add(type: string): ConditionalFormat {
    let id: string | undefined;
    this.context.enqueue(jsonBytes(type), () => {
      const ref = this.range() ?? fail(ErrorCodes.itemNotFound, 'The range does not exist.');
      id = this.state.model.addConditionalFormat(ref.sheetId, ref.rect, type).id;
    });
    return new ConditionalFormat(this.context, () => id ?? fail(ErrorCodes.itemNotFound, 'The conditional format was not added.'));
  }
  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, () => (this.keys().includes(id) ? id : fail(ErrorCodes.itemNotFound, `No conditional format ${id}.`)));
  }
  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, () => this.keys()[index] ?? fail(ErrorCodes.itemNotFound, `No conditional format at ${index}.`));
  }
  clearAll(): void {
    this.context.enqueue(10, () => {
      const ids = new Set(this.keys());
      const ref = this.range();
      if (ids.size === 0 || !ref) return;
      this.state.model.mutate('objects', ref.sheetId, () => {
        this.state.model.conditionalFormats = this.state.model.conditionalFormats.filter((f) => !ids.has(f.id));
      });
    });
  }
}
