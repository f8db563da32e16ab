import { isWorkMessageId, WORK_MESSAGES, workText } from '../../../src/domain/work/labels';
import { FOLLOW_UP_RULE_IDS, FOLLOW_UP_STATUSES, FOLLOW_UP_TYPES } from '../../../src/domain/work/followups';
import { FUNNEL_STAGES } from '../../../src/domain/work/prospects';
import { CONTRACT_STATUSES } from '../../../src/domain/work/contracts';

describe('work message catalogue', () => {
  it('has non-empty English and Chinese text for every id, Chinese actually in Chinese', () => {
    for (const [id, text] of Object.entries(WORK_MESSAGES)) {
      expect([id, text.en.trim().length > 0]).toEqual([id, true]);
      expect([id, /\p{Script=Han}/u.test(text.zh)]).toEqual([id, true]);
    }
  });

  it('labels every enumerated value shown to users', () => {
    const ids = [
      ...FOLLOW_UP_TYPES.map((t) => `followUp.type.${t}`),
      ...FOLLOW_UP_STATUSES.map((s) => `followUp.status.${s}`),
      ...FOLLOW_UP_RULE_IDS.map((r) => `rule.${r}`),
      ...FUNNEL_STAGES.map((s) => `stage.${s}`),
      ...CONTRACT_STATUSES.map((s) => `contract.status.${s}`),
    ];
    expect(ids.filter((id) => !isWorkMessageId(id))).toEqual([]);
  });

  it('looks text up by language', () => {
    expect(workText('stage.deal', 'en')).toBe('Deal');
    expect(workText('stage.deal', 'zh-CN')).toBe('成交');
  });
});
