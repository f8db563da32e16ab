import { parseIsoDate } from '../../../src/domain/work/calendar';
import { importProspects, matchProspectHeaders } from '../../../src/domain/work/prospectImport';
import { newProspect } from '../../../src/domain/work/prospects';

const day = parseIsoDate('2026-11-05') as number;

describe('prospect import', () => {
  it('matches English and Chinese headers, whatever the case and spacing', () => {
    expect(matchProspectHeaders(['公司名称', '联系人', ' E-Mail ', '手机', '国家', '来源', 'Notes'])).toEqual({ company: 0, contact: 1, email: 2, phone: 3, country: 4, source: 5 });
    expect(matchProspectHeaders(['Company Name', 'Full name', 'email address', 'Tel'])).toEqual({ company: 0, contact: 1, email: 2, phone: 3 });
  });

  it('adds new contacts, skips duplicates of existing and earlier rows, reports invalid rows by sheet row', () => {
    const existing = [
      { ...newProspect({ id: 'P-0007', company: 'Acme GmbH', contact: 'Anna Berg', email: 'Anna@Acme.de' }, day - 30) },
      { ...newProspect({ id: 'P-0008', company: '宁波 贸易', contact: '王 伟' }, day - 30) },
    ];
    const grid = [
      ['Company', 'Name', 'Email', 'Phone', 'Country', 'Source'],
      ['Acme', 'A. Berg', ' anna@acme.DE ', '', 'DE', 'Canton Fair'], // 2: same email as P-0007
      ['宁波贸易', '王伟', '', '', 'CN', ''], // 3: same company + contact as P-0008
      ['Beta Ltd', 'Bo Chen', 'bo@beta.com', '+44 1', 'UK', 'Canton Fair'], // 4: new
      ['', '', '', '', '', ''], // 5: blank, ignored
      ['', '', 'x@y.com', '', '', ''], // 6: no company, no contact
      ['Gamma', 'Gil', 'not-an-email', '', '', ''], // 7: bad email
      ['BETA LTD.', 'bo chen', '', '', '', ''], // 8: repeats row 4
      ['Delta', '', 'sales@delta.io', '', '', ''], // 9: new, company only
    ];
    const report = importProspects(grid, existing, { day, owner: 'Li' });
    expect(report.error).toBeNull();
    expect(report.added.map((p) => [p.id, p.company, p.contact, p.email, p.owner, p.stage])).toEqual([
      ['P-0009', 'Beta Ltd', 'Bo Chen', 'bo@beta.com', 'Li', 'potential'],
      ['P-0010', 'Delta', '', 'sales@delta.io', 'Li', 'potential'],
    ]);
    expect(report.added[0]?.history).toEqual([{ from: null, to: 'potential', day, note: '' }]);
    expect(report.duplicates).toEqual([
      { row: 2, key: 'import.duplicate.email', matchId: 'P-0007' },
      { row: 3, key: 'import.duplicate.companyContact', matchId: 'P-0008' },
      { row: 8, key: 'import.duplicate.companyContact', matchId: 'P-0009' },
    ]);
    expect(report.invalid).toEqual([
      { row: 6, key: 'import.invalid.noCompanyOrContact' },
      { row: 7, key: 'import.invalid.badEmail' },
    ]);
  });

  it('refuses a sheet without company, name or email columns', () => {
    const report = importProspects(
      [
        ['Phone', 'Country'],
        ['1', 'CN'],
      ],
      [],
      { day },
    );
    expect(report.error).toBe('import.error.noUsableHeaders');
    expect(report.added).toEqual([]);
  });

  it('imported twice adds nothing the second time', () => {
    const grid = [
      ['邮箱', '公司'],
      ['a@b.cn', '甲公司'],
      ['c@d.cn', '乙公司'],
    ];
    const first = importProspects(grid, [], { day });
    const second = importProspects(grid, first.added, { day });
    expect(first.added).toHaveLength(2);
    expect(second.added).toEqual([]);
    expect(second.duplicates.map((d) => d.row)).toEqual([2, 3]);
  });
});
