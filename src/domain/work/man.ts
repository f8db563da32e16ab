/**
 * MAN qualification of a prospect (docs/domain.md section 4): Money, Authority, Need; a capital
 * letter means present, lower case absent. Each of the eight codes has a meaning and a play.
 */
import { z } from 'zod';
import { WORK_MESSAGES, type Bilingual } from './labels';

export const manFlagsSchema = z.object({ money: z.boolean(), authority: z.boolean(), need: z.boolean() });
export type ManFlags = z.infer<typeof manFlagsSchema>;

/** In the order of the docs/domain.md table, which is also the order of priority. */
export const MAN_CODES = ['MAN', 'MAn', 'MaN', 'mAN', 'Man', 'mAn', 'maN', 'man'] as const;
export type ManCode = (typeof MAN_CODES)[number];

export function manCode(flags: ManFlags): ManCode {
  return `${flags.money ? 'M' : 'm'}${flags.authority ? 'A' : 'a'}${flags.need ? 'N' : 'n'}`;
}

export function isManCode(text: string): text is ManCode {
  return (MAN_CODES as readonly string[]).includes(text);
}

export function manFlags(code: ManCode): ManFlags {
  return { money: code[0] === 'M', authority: code[1] === 'A', need: code[2] === 'N' };
}

export interface ManAdvice {
  code: ManCode;
  meaning: Bilingual;
  play: Bilingual;
  /** 1 = pursue first ... 8 = not a prospect now. */
  priority: number;
}

export function manAdvice(code: ManCode): ManAdvice {
  return {
    code,
    meaning: WORK_MESSAGES[`man.${code}.meaning`],
    play: WORK_MESSAGES[`man.${code}.play`],
    priority: MAN_CODES.indexOf(code) + 1,
  };
}
