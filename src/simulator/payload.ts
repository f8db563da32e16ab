/**
 * Byte estimates of what Office.js would send to and receive from Excel, so payload limits can be
 * enforced without JSON.stringify-ing large arrays. Counts UTF-8 bytes of the JSON text.
 *
 * The per-action and per-object overheads approximate the JSON that Office.js builds for each
 * queued action ({"Id":..,"ActionType":..,"Name":"..","ObjectPathId":..,"ArgumentInfo":{...}})
 * and object path; they are estimates, stated here so tests can reason about them.
 */
export const ACTION_OVERHEAD_BYTES = 90;
export const OBJECT_PATH_OVERHEAD_BYTES = 70;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/g;
const NON_ASCII = /[\u0080-\uffff]/;

function stringBytes(s: string): number {
  let n = s.length + 2;
  const escapes = s.match(NEEDS_ESCAPE);
  if (escapes) n += escapes.reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x20 && !'\n\r\t\b\f'.includes(ch) ? 5 : 1), 0);
  if (NON_ASCII.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code >= 0x800) n += code >= 0xd800 && code <= 0xdbff ? 1 : 2;
      else if (code >= 0x80) n += 1;
    }
  }
  return n;
}

function numberBytes(n: number): number {
  if (!Number.isFinite(n)) return 4; // serialises as null
  if (Number.isInteger(n) && n >= 0 && n < 1e15) return n < 10 ? 1 : Math.floor(Math.log10(n)) + 1;
  return String(n).length;
}

/** Length in bytes of JSON.stringify(value), computed without building the string. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return numberBytes(value);
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      break;
    default:
      return 4;
  }
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonBytes(v);
    return n;
  }
  let n = 2;
  let first = true;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    n += (first ? 0 : 1) + stringBytes(k) + 1 + jsonBytes(v);
    first = false;
  }
  return n;
}
