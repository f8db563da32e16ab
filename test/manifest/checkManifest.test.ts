import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkManifest, LIMITS } from '../../src/manifest/checkManifest';
import { parseXml, path } from '../../src/manifest/xmlTree';

const repo = resolve(__dirname, '..', '..');
const assetsDir = resolve(repo, 'assets');
const manifest = readFileSync(resolve(repo, 'manifest.xml'), 'utf8');

const check = (xml: string) => checkManifest(xml, { assetsDir }).errors;

/** manifest.xml with one edit; fails loudly if the text to replace is not there, so no case passes vacuously. */
function broken(from: string | RegExp, to: string): string {
  const edited = manifest.replace(from, to);
  if (edited === manifest) throw new Error(`manifest.xml does not contain ${String(from)}`);
  return edited;
}

describe('checkManifest on manifest.xml', () => {
  it('finds no errors', () => {
    expect(check(manifest)).toEqual([]);
  });

  it('still passes with every URL moved to a production host under a sub-path, as the production build does', () => {
    expect(check(manifest.replaceAll('https://localhost:3000/', 'https://tiers.example.com/app/'))).toEqual([]);
  });

  it('declares ExcelApi 1.14 as the minimum requirement set', () => {
    const parsed = parseXml(manifest);
    if ('error' in parsed) throw new Error(parsed.error);
    const set = path(parsed.root, 'Requirements', 'Sets', 'Set');
    expect(set?.attrs).toMatchObject({ Name: 'ExcelApi', MinVersion: '1.14' });
  });
});

const longShort = 'x'.repeat(LIMITS.short + 1);
const longLong = 'y'.repeat(LIMITS.long + 1);

describe('checkManifest on broken copies', () => {
  it.each<[string, string, string | RegExp, string]>([
    ['missing Id', 'Id is missing', /<Id>[^<]*<\/Id>/, ''],
    ['Id that is not a GUID', 'Id must be a GUID, found "tiers-addin"', /<Id>[^<]*<\/Id>/, '<Id>tiers-addin</Id>'],
    ['bad Version', 'Version must look like 1.0.0.0, found "1.0.0.0.0"', /<Version>[^<]*<\/Version>/, '<Version>1.0.0.0.0</Version>'],
    ['missing ProviderName', 'ProviderName is missing', /<ProviderName>[^<]*<\/ProviderName>/, ''],
    ['wrong permission', 'Permissions must be ReadWriteDocument, found "ReadWriteMailbox"', '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'],
    ['Restricted permission', 'Permissions must be ReadWriteDocument, found "Restricted"', '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Restricted</Permissions>'],
    ['mail add-in type', 'OfficeApp xsi:type must be TaskPaneApp', 'xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'],
    ['wrong OfficeApp namespace', 'OfficeApp xmlns must be http://schemas.microsoft.com/office/appforoffice/1.1', 'appforoffice/1.1', 'appforoffice/1.0'],
    [
      'elements out of schema order',
      'OfficeApp element Requirements is out of order (or repeated); the schema order is ',
      /(<Requirements>[\s\S]*?<\/Requirements>)(\s*)(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/,
      '$3$2$1',
    ],
    ['unknown top-level element', 'OfficeApp has an unknown element AppDomain', '<Hosts>', '<AppDomain>tiers.example.com</AppDomain>\n  <Hosts>'],
    ['missing Workbook host', 'Hosts must contain Host Name="Workbook"', '<Host Name="Workbook"/>', '<Host Name="Document"/>'],
    ['missing ExcelApi requirement', 'Requirements must declare Set Name="ExcelApi"', 'Name="ExcelApi"', 'Name="WordApi"'],
    ['ExcelApi without MinVersion', 'Requirements Set ExcelApi needs a MinVersion', 'MinVersion="1.14"', ''],
    [
      'the old ExcelApi 1.7 floor, which admits Office 2019 volume-licensed (Internet Explorer 11)',
      'Requirements Set ExcelApi MinVersion must be 1.14, found 1.7: ',
      'MinVersion="1.14"',
      'MinVersion="1.7"',
    ],
    ['missing DefaultSettings SourceLocation', 'DefaultSettings SourceLocation is missing', /<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, '<DefaultSettings></DefaultSettings>'],
    ['missing zh-CN DisplayName', 'DisplayName has no zh-CN Override', /<Override Locale="zh-CN" Value="Tiers 客户分级"\/>/, ''],
    ['missing zh-CN Description', 'Description has no zh-CN Override', /(<Description DefaultValue="Score[^>]*>)\s*<Override [^>]*>/, '$1'],
    ['missing zh-CN ribbon string', 'ShortStrings "GetStarted.Title" has no zh-CN Override', '<bt:Override Locale="zh-CN" Value="Tiers 已就绪"/>', ''],
    ['icon file that does not exist', 'Image Icon.80x80: https://localhost:3000/assets/icon-99.png has no file assets/icon-99.png', 'assets/icon-80.png"/>', 'assets/icon-99.png"/>'],
    ['icon of the wrong size', 'Image Icon.80x80: assets/icon-64.png is 64x64, expected 80x80', 'assets/icon-80.png"/>', 'assets/icon-64.png"/>'],
    [
      'IconUrl of the wrong size',
      'IconUrl: assets/icon-16.png is 16x16, expected 32x32',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
    ],
    [
      'icon outside assets/',
      'IconUrl: icon https://localhost:3000/icon-32.png is not under https://localhost:3000/assets/',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/icon-32.png"/>',
    ],
    ['icon that is not a PNG', 'HighResolutionIconUrl: assets/help.html is not a PNG', 'assets/icon-64.png', 'assets/help.html'],
    [
      'asset path escaping assets/',
      'SupportUrl: https://localhost:3000/assets/..%2Fpackage.json points outside assets/',
      'https://localhost:3000/assets/help.html"/>\n  <Hosts>',
      'https://localhost:3000/assets/..%2Fpackage.json"/>\n  <Hosts>',
    ],
    [
      'mismatched URL origin',
      "Resource Commands.Url: https://tiers.example.com/commands.html is not on the add-in's origin https://localhost:3000",
      'https://localhost:3000/commands.html',
      'https://tiers.example.com/commands.html',
    ],
    ['http URL', 'SupportUrl: http://localhost:3000/assets/help.html must use https', '<SupportUrl DefaultValue="https:', '<SupportUrl DefaultValue="http:'],
    ['value that is not a URL', 'Resource GetStarted.LearnMoreUrl: "see help" is not a URL', /(id="GetStarted.LearnMoreUrl" DefaultValue=")[^"]*"/, '$1see help"'],
    ['undefined resid', 'Resource id "Tiers.Group.Typo" is used by Label but not defined in Resources', '<Label resid="Tiers.Group.Label"/>', '<Label resid="Tiers.Group.Typo"/>'],
    ['unused resource', 'Resource id "Tiers.Group.Label" is defined but never used', '<Label resid="Tiers.Group.Label"/>', '<Label resid="Tiers.ShowTaskpane.Label"/>'],
    ['resid of the wrong kind', 'Resource id "Icon.32x32" is used by Label, which needs a bt:ShortStrings entry, not bt:Images', '<Label resid="Tiers.Group.Label"/>', '<Label resid="Icon.32x32"/>'],
    ['duplicate resource id', 'Resource id "Commands.Url" is defined more than once', '<bt:Url id="Taskpane.Url"', '<bt:Url id="Commands.Url"'],
    [
      'short string over the limit',
      `ShortStrings "Tiers.Group.Label" DefaultValue is ${LIMITS.short + 1} characters; the limit is ${LIMITS.short}`,
      'id="Tiers.Group.Label" DefaultValue="Tiers"',
      `id="Tiers.Group.Label" DefaultValue="${longShort}"`,
    ],
    [
      'long string override over the limit',
      `LongStrings "Tiers.ShowTaskpane.Tooltip" zh-CN override is ${LIMITS.long + 1} characters; the limit is ${LIMITS.long}`,
      'Value="打开 Tiers，为本工作簿中的客户打分并分级。"',
      `Value="${longLong}"`,
    ],
    [
      'ribbon opening another page',
      'ShowTaskpane SourceLocation https://localhost:3000/other.html differs from DefaultSettings SourceLocation https://localhost:3000/taskpane.html',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html"/>',
    ],
    ['no ShowTaskpane button', 'VersionOverrides has no button with a ShowTaskpane Action', '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">'],
    ['wrong VersionOverrides type', 'VersionOverrides xsi:type must be VersionOverridesV1_0', 'xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'],
    ['ribbon not for Excel', 'VersionOverrides must have a Host xsi:type="Workbook"', '<Host xsi:type="Workbook">', '<Host xsi:type="Document">'],
  ])('reports %s', (_case, expected, from, to) => {
    const errors = check(broken(from, to));
    if (expected.endsWith(' ')) expect(errors.some((e) => e.startsWith(expected))).toBe(true);
    else expect(errors).toContain(expected);
  });

  it('reports XML that is not well-formed, and nothing else', () => {
    const errors = check(broken('</OfficeApp>', ''));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^XML is not well-formed: /);
  });

  it('rejects a document whose root is not OfficeApp', () => {
    expect(check('<?xml version="1.0"?><Manifest/>')).toEqual(['Root element must be OfficeApp, found Manifest']);
  });

  it('reports each problem once when several are present', () => {
    const errors = check(broken('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>').replace(/<Id>[^<]*<\/Id>/, ''));
    expect(errors).toEqual(['Id is missing', 'Permissions must be ReadWriteDocument, found "ReadDocument"']);
  });
});
