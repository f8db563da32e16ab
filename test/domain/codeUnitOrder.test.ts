import fc from 'fast-check';
import { codeUnitOrder } from '../../src/domain/codeUnitOrder';

/** The definition: JavaScript's `<` on strings (UTF-16 code units), stable for equal strings. */
const reference = (ids: readonly string[]): number[] => ids.map((_, i) => i).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0));

const order = (ids: readonly string[]): number[] => Array.from(codeUnitOrder(ids));

/** Strings over a small alphabet (long ties), any code unit (surrogates, U+FFFF), and ids with a long shared prefix. */
const small = fc.string({ unit: fc.constantFrom('a', 'b', 'B', '0', '9', '-'), maxLength: 24 });
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 12 });

describe('codeUnitOrder', () => {
  it('orders like a code-unit comparator sort, equal strings in their order', () => {
    for (const strings of [small, anyUnits, fc.string({ maxLength: 30 })]) {
      fc.assert(
        fc.property(fc.array(strings, { maxLength: 200 }), (ids) => {
          expect(order(ids)).toEqual(reference(ids));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('orders many ids with long shared prefixes and ties beyond one key', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(60), small), { minLength: 100, maxLength: 400 }), (parts) => {
        const ids = parts.map(([k, tail]) => `CUSTOMER-${'x'.repeat(k % 3)}${String(k).padStart(30, '0')}${tail}`);
        expect(order(ids)).toEqual(reference(ids));
      }),
      { numRuns: 100 },
    );
  });

  it('orders a hundred thousand shuffled ids such as C0004444, and the empty string and prefixes first', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `C${String((i * 7919) % 100_000).padStart(7, '0')}`);
    ids.push('', 'C', 'C000', 'C00000001x', 'Ca', 'B9999999');
    expect(order(ids)).toEqual(reference(ids));
  });

  it('leaves zero or one id as it is', () => {
    expect(order([])).toEqual([]);
    expect(order(['x'])).toEqual([0]);
    expect(order(['b', 'b', 'a'])).toEqual([2, 0, 1]);
  });
});
