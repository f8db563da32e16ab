/**
 * Workbook settings (ExcelApi 1.4): key -> JSON value, saved with the workbook.
 * learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings
 */
import { ErrorCodes, fail } from '../errors';
import { jsonBytes } from '../payload';
import { ClientCollection, ClientObject, NO_PATH, type RequestContext } from './context';

export class Setting extends ClientObject<string> {
  protected readonly scalarProps = ['key', 'value'] as const;

  constructor(context: RequestContext, resolver: () => string | null, pathBytes = 30) {
    super(context, resolver, pathBytes);
  }

  get key(): string { return this.val('key'); }
  get value(): unknown { return this.val('value'); }
  set value(v: unknown) { this.write('value', v, (key, value) => this.state.model.setSetting(key, value)); }

  protected readProperty(key: string, prop: string): unknown {
    if (!this.state.model.settings.has(key)) fail(ErrorCodes.itemNotFound, `The setting ${key} does not exist.`);
    return prop === 'key' ? key : this.state.model.getSetting(key);
  }

  delete(): void {
    this.call('delete', (key) => this.state.model.deleteSetting(key));
  }
}

export class SettingCollection extends ClientCollection<Setting, string> {
  protected override readonly ownProps = ['count'] as const;

  protected keys(): string[] {
    return [...this.state.model.settings.keys()];
  }

  protected itemFor(key: string): Setting {
    return new Setting(this.context, () => key, NO_PATH);
  }

  add(key: string, value: unknown): Setting {
    this.context.enqueue(jsonBytes(key) + jsonBytes(value), () => this.state.model.setSetting(key, value));
    return new Setting(this.context, () => key, jsonBytes(key));
  }

  getItem(key: string): Setting {
    return new Setting(this.context, () => (this.state.model.settings.has(key) ? key : fail(ErrorCodes.itemNotFound, `The setting ${key} does not exist.`)), jsonBytes(key));
  }

  getItemOrNullObject(key: string): Setting {
    const s = new Setting(this.context, () => (this.state.model.settings.has(key) ? key : null), jsonBytes(key));
    s.resolveAtSync();
    return s;
  }
}
