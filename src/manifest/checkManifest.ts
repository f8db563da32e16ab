// Offline structural check of the add-in-only XML manifest. Microsoft's `office-addin-manifest validate`
// needs its online service; this catches what we can get wrong without it: identity, host, requirement
// set, permission, one https origin, icons that exist at the declared size, resource ids, string limits,
// zh-CN overrides, and a ribbon button that opens the same task pane as DefaultSettings.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { readPngSize } from './pngSize';
import { MIN_EXCEL_API } from './supportedExcel';
import { descendants, parseXml, path, type XmlElement } from './xmlTree';

export interface ManifestCheckOptions {
  /** Folder served at <origin>/assets/ (the repository's assets/). */
  assetsDir: string;
}

export interface ManifestCheckResult {
  errors: string[];
}

export const NAMESPACES = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
} as const;

export const REQUIRED_PERMISSION = 'ReadWriteDocument';
export const OVERRIDE_LOCALE = 'zh-CN';
/** Maximum lengths from the manifest schema (ShortString / LongString). */
export const LIMITS = { short: 125, long: 250 } as const;
/** Pixel size Office expects for the top-level icons. */
const TOP_LEVEL_ICON_SIZES: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** OfficeApp's children in the order the TaskPaneApp schema's sequence requires (OfficeApp base, then TaskPaneApp). */
const ELEMENT_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESOURCE_KIND_BY_USER: Record<string, ResourceKind> = {
  'bt:Image': 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const length = (text: string) => [...text].length;

export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestCheckResult {
  const parsed = parseXml(xml);
  if ('error' in parsed) return { errors: [`XML is not well-formed: ${parsed.error}`] };
  const { root } = parsed;
  if (root.name !== 'OfficeApp') return { errors: [`Root element must be OfficeApp, found ${root.name}`] };
  const errors: string[] = [];
  const resources = collectResources(root, errors);
  checkRoot(root, errors);
  checkIdentity(root, errors);
  checkHostAndRequirements(root, errors);
  checkUrls(root, resources, options, errors);
  checkResourceUse(root, resources, errors);
  checkTaskpaneButton(root, resources, errors);
  return { errors };
}

function checkRoot(root: XmlElement, errors: string[]): void {
  const expected: [string, string][] = [
    ['xmlns', NAMESPACES.app],
    ['xmlns:xsi', NAMESPACES.xsi],
    ['xmlns:bt', NAMESPACES.bt],
  ];
  for (const [attr, value] of expected) {
    if (root.attrs[attr] !== value) errors.push(`OfficeApp ${attr} must be ${value}`);
  }
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') errors.push('OfficeApp xsi:type must be TaskPaneApp');
  let last = -1;
  for (const { name } of root.children) {
    const at = ELEMENT_ORDER.indexOf(name);
    if (at === -1) errors.push(`OfficeApp has an unknown element ${name}`);
    else if (at <= last) errors.push(`OfficeApp element ${name} is out of order (or repeated); the schema order is ${ELEMENT_ORDER.join(', ')}`);
    else last = at;
  }
}

function requireText(root: XmlElement, name: string, errors: string[]): string | undefined {
  const text = path(root, name)?.text;
  if (!text) errors.push(`${name} is missing`);
  return text || undefined;
}

/** A DefaultValue with its zh-CN Override, both within `limit` characters. */
function checkLocalised(element: XmlElement | undefined, label: string, limit: number, errors: string[]): void {
  const value = element?.attrs.DefaultValue;
  if (!element || !value) {
    errors.push(`${label} DefaultValue is missing`);
    return;
  }
  const overrides = element.children.filter((c) => c.name === 'Override' || c.name === 'bt:Override');
  const values: [string, string][] = [['DefaultValue', value], ...overrides.map((o): [string, string] => [`${o.attrs.Locale} override`, o.attrs.Value ?? ''])];
  for (const [which, text] of values) {
    if (length(text) > limit) errors.push(`${label} ${which} is ${length(text)} characters; the limit is ${limit}`);
  }
  const localised = overrides.find((o) => o.attrs.Locale === OVERRIDE_LOCALE);
  if (!localised?.attrs.Value) errors.push(`${label} has no ${OVERRIDE_LOCALE} Override`);
}

function checkIdentity(root: XmlElement, errors: string[]): void {
  const id = requireText(root, 'Id', errors);
  if (id && !GUID.test(id)) errors.push(`Id must be a GUID, found "${id}"`);
  const version = requireText(root, 'Version', errors);
  if (version && !VERSION.test(version)) errors.push(`Version must look like 1.0.0.0, found "${version}"`);
  requireText(root, 'ProviderName', errors);
  const locale = requireText(root, 'DefaultLocale', errors);
  if (locale && !LOCALE.test(locale)) errors.push(`DefaultLocale must be a locale such as en-US, found "${locale}"`);
  checkLocalised(path(root, 'DisplayName'), 'DisplayName', LIMITS.short, errors);
  checkLocalised(path(root, 'Description'), 'Description', LIMITS.long, errors);
  const permission = path(root, 'Permissions')?.text;
  if (permission !== REQUIRED_PERMISSION) {
    errors.push(`Permissions must be ${REQUIRED_PERMISSION}, found "${permission ?? ''}"`);
  }
}

function checkHostAndRequirements(root: XmlElement, errors: string[]): void {
  const hosts = path(root, 'Hosts')?.children.map((h) => h.attrs.Name) ?? [];
  if (!hosts.includes('Workbook')) errors.push('Hosts must contain Host Name="Workbook"');
  const excelApi = path(root, 'Requirements', 'Sets')?.children.find((s) => s.name === 'Set' && s.attrs.Name === 'ExcelApi');
  if (!excelApi) errors.push('Requirements must declare Set Name="ExcelApi"');
  else if (!excelApi.attrs.MinVersion || !VERSION.test(excelApi.attrs.MinVersion)) {
    errors.push('Requirements Set ExcelApi needs a MinVersion');
  } else if (excelApi.attrs.MinVersion !== MIN_EXCEL_API) {
    errors.push(`Requirements Set ExcelApi MinVersion must be ${MIN_EXCEL_API}, found ${excelApi.attrs.MinVersion}: lower admits Excel whose webview cannot run the pane (docs/excel-versions.md)`);
  }
}

function collectResources(root: XmlElement, errors: string[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const section = path(root, 'VersionOverrides', 'Resources');
  for (const group of section?.children ?? []) {
    const kind = group.name.replace(/^bt:/, '') as ResourceKind;
    for (const element of group.children) {
      const id = element.attrs.id;
      if (!id) continue;
      if (resources.has(id)) errors.push(`Resource id "${id}" is defined more than once`);
      resources.set(id, { id, kind, element });
    }
  }
  return resources;
}

interface UrlUse {
  label: string;
  url: string;
  /** Expected pixel size when the URL is an icon. */
  iconSize?: number;
}

/** Every URL in the manifest, with the icon size each image must have. */
function collectUrls(root: XmlElement, resources: Map<string, Resource>, errors: string[]): UrlUse[] {
  const uses: UrlUse[] = [];
  const add = (label: string, element: XmlElement | undefined, iconSize?: number) => {
    if (!element) return;
    const values = [element.attrs.DefaultValue, ...element.children.map((c) => c.attrs.Value)];
    for (const url of values) if (url) uses.push({ label, url, ...(iconSize ? { iconSize } : {}) });
  };
  for (const name of ['IconUrl', 'HighResolutionIconUrl']) {
    const element = path(root, name);
    if (!element?.attrs.DefaultValue) errors.push(`${name} is missing`);
    add(name, element, TOP_LEVEL_ICON_SIZES[name]);
  }
  add('SupportUrl', path(root, 'SupportUrl'));
  const source = path(root, 'DefaultSettings', 'SourceLocation');
  if (!source?.attrs.DefaultValue) errors.push('DefaultSettings SourceLocation is missing');
  add('DefaultSettings SourceLocation', source);

  const sizesByImage = new Map<string, Set<number>>();
  for (const use of descendants(path(root, 'VersionOverrides', 'Hosts') ?? root)) {
    if (use.name !== 'bt:Image' || !use.attrs.resid) continue;
    const sizes = sizesByImage.get(use.attrs.resid) ?? new Set<number>();
    sizes.add(Number(use.attrs.size));
    sizesByImage.set(use.attrs.resid, sizes);
  }
  for (const resource of resources.values()) {
    if (resource.kind === 'Urls') add(`Resource ${resource.id}`, resource.element);
    if (resource.kind !== 'Images') continue;
    const sizes = [...(sizesByImage.get(resource.id) ?? [])];
    if (sizes.length > 1) errors.push(`Image "${resource.id}" is used at several sizes: ${sizes.join(', ')}`);
    add(`Image ${resource.id}`, resource.element, sizes.length === 1 ? sizes[0] : undefined);
  }
  return uses;
}

function checkUrls(root: XmlElement, resources: Map<string, Resource>, options: ManifestCheckOptions, errors: string[]): void {
  const sourceLocation = path(root, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue;
  const taskpane = sourceLocation && URL.canParse(sourceLocation) ? new URL(sourceLocation) : undefined;
  // assets/ is served beside the task pane page (https://host/[base/]assets/).
  const assetsBase = taskpane ? new URL('assets/', taskpane) : undefined;
  for (const use of collectUrls(root, resources, errors)) {
    if (!URL.canParse(use.url)) {
      errors.push(`${use.label}: "${use.url}" is not a URL`);
      continue;
    }
    const url = new URL(use.url);
    if (url.protocol !== 'https:') errors.push(`${use.label}: ${use.url} must use https`);
    if (!taskpane || !assetsBase) continue;
    if (url.origin !== taskpane.origin) {
      errors.push(`${use.label}: ${use.url} is not on the add-in's origin ${taskpane.origin}`);
      continue;
    }
    const isAsset = url.pathname.startsWith(assetsBase.pathname);
    if (use.iconSize !== undefined && !isAsset) errors.push(`${use.label}: icon ${use.url} is not under ${assetsBase.href}`);
    if (isAsset) checkAssetFile(use, url.pathname.slice(assetsBase.pathname.length), options.assetsDir, errors);
  }
}

function checkAssetFile(use: UrlUse, encodedPath: string, assetsDir: string, errors: string[]): void {
  const relative = normalize(decodeURIComponent(encodedPath));
  if (relative.split(sep).includes('..') || relative.split('/').includes('..')) {
    errors.push(`${use.label}: ${use.url} points outside assets/`);
    return;
  }
  const shown = relative.split(sep).join('/');
  const file = join(assetsDir, relative);
  if (!existsSync(file)) {
    errors.push(`${use.label}: ${use.url} has no file assets/${shown}`);
    return;
  }
  if (use.iconSize === undefined) return;
  const size = readPngSize(readFileSync(file));
  if (!size) errors.push(`${use.label}: assets/${shown} is not a PNG`);
  else if (size.width !== use.iconSize || size.height !== use.iconSize) {
    errors.push(`${use.label}: assets/${shown} is ${size.width}x${size.height}, expected ${use.iconSize}x${use.iconSize}`);
  }
}

function checkResourceUse(root: XmlElement, resources: Map<string, Resource>, errors: string[]): void {
  const overrides = path(root, 'VersionOverrides');
  if (!overrides) {
    errors.push('VersionOverrides is missing');
    return;
  }
  if (overrides.attrs.xmlns !== NAMESPACES.overrides) errors.push(`VersionOverrides xmlns must be ${NAMESPACES.overrides}`);
  if (overrides.attrs['xsi:type'] !== 'VersionOverridesV1_0') errors.push('VersionOverrides xsi:type must be VersionOverridesV1_0');
  const used = new Set<string>();
  for (const user of descendants(path(overrides, 'Hosts') ?? overrides)) {
    const id = user.attrs.resid;
    if (!id) continue;
    used.add(id);
    const resource = resources.get(id);
    const expected = RESOURCE_KIND_BY_USER[user.name];
    if (!resource) errors.push(`Resource id "${id}" is used by ${user.name} but not defined in Resources`);
    else if (expected && resource.kind !== expected) {
      errors.push(`Resource id "${id}" is used by ${user.name}, which needs a bt:${expected} entry, not bt:${resource.kind}`);
    }
  }
  for (const resource of resources.values()) {
    if (!used.has(resource.id)) errors.push(`Resource id "${resource.id}" is defined but never used`);
    if (resource.kind === 'ShortStrings' || resource.kind === 'LongStrings') {
      const limit = resource.kind === 'ShortStrings' ? LIMITS.short : LIMITS.long;
      checkLocalised(resource.element, `${resource.kind} "${resource.id}"`, limit, errors);
    }
  }
}

function checkTaskpaneButton(root: XmlElement, resources: Map<string, Resource>, errors: string[]): void {
  const hosts = path(root, 'VersionOverrides', 'Hosts');
  if (!hosts) return;
  if (!hosts.children.some((h) => h.attrs['xsi:type'] === 'Workbook')) errors.push('VersionOverrides must have a Host xsi:type="Workbook"');
  const actions = descendants(hosts).filter((e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane');
  if (actions.length === 0) {
    errors.push('VersionOverrides has no button with a ShowTaskpane Action');
    return;
  }
  const taskpaneUrl = path(root, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue;
  for (const action of actions) {
    const resid = path(action, 'SourceLocation')?.attrs.resid;
    if (!resid) {
      errors.push('ShowTaskpane Action has no SourceLocation resid');
      continue;
    }
    const url = resources.get(resid)?.element.attrs.DefaultValue;
    if (url !== undefined && url !== taskpaneUrl) {
      errors.push(`ShowTaskpane SourceLocation ${url} differs from DefaultSettings SourceLocation ${taskpaneUrl ?? '(none)'}`);
    }
  }
}
