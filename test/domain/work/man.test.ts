import fc from 'fast-check';
import { isManCode, MAN_CODES, manAdvice, manCode, manFlags } from '../../../src/domain/work/man';

describe('MAN qualification', () => {
  it.each([
    [true, true, true, 'MAN', 'Pursue now'],
    [true, true, false, 'MAn', 'Uncover or create the need; keep in touch'],
    [true, false, true, 'MaN', 'Find and reach the decision maker'],
    [false, true, true, 'mAN', 'Offer terms, instalments, a smaller first order'],
    [true, false, false, 'Man', 'Cultivate need and the decision maker; low priority'],
    [false, true, false, 'mAn', 'Low priority; nurture'],
    [false, false, true, 'maN', 'Find money and the decision maker; watch'],
    [false, false, false, 'man', 'Not a prospect now'],
  ])('money=%s authority=%s need=%s is %s', (money, authority, need, code, play) => {
    const got = manCode({ money, authority, need });
    expect(got).toBe(code);
    expect(manAdvice(got).play.en).toBe(play);
    expect(manAdvice(got).play.zh).not.toBe('');
    expect(manAdvice(got).meaning.zh).not.toBe('');
  });

  it('ranks the codes by priority in table order, all eight distinct', () => {
    expect(new Set(MAN_CODES).size).toBe(8);
    expect(MAN_CODES.map((c) => manAdvice(c).priority)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('round-trips flags -> code -> flags and code -> flags -> code', () => {
    fc.assert(
      fc.property(fc.record({ money: fc.boolean(), authority: fc.boolean(), need: fc.boolean() }), (flags) => {
        const code = manCode(flags);
        expect(isManCode(code)).toBe(true);
        expect(manFlags(code)).toEqual(flags);
      }),
    );
    fc.assert(fc.property(fc.constantFrom(...MAN_CODES), (code) => expect(manCode(manFlags(code))).toBe(code)));
  });

  it('refuses strings that are not codes', () => {
    expect(isManCode('MNA')).toBe(false);
    expect(isManCode('mann')).toBe(false);
  });
});
