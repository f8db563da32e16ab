/** The work area's word on a workbook it cannot read, as a code the pane words in its language. */
import { workBasisFromGrids } from '../../../src/excel/work/workBasis';
import { paneRefusalText } from '../../../src/taskpane/i18n/problemText';

describe('work basis refused', () => {
  it('without an order sheet: the code and the sheets, worded in each pane language', () => {
    const basis = workBasisFromGrids([{ name: '名册', grid: [['姓名', '电话']] }]);
    expect(basis.refused).toBe('No sheet has the order columns Customer ID, Order date and Amount (客户编号, 订单日期, 金额). Sheets: "名册".');
    expect(basis.refusal?.code).toBe('no-order-sheet');
    if (!basis.refusal) return;
    expect(paneRefusalText(basis.refusal, 'en')).toBe(basis.refused);
    expect(paneRefusalText(basis.refusal, 'zh')).toBe('没有工作表包含订单所需的“客户编号”、“订单日期”和“金额”列。工作表：“名册”。');
  });

  it('an order sheet none of whose rows can be read: told in Traditional Chinese', () => {
    const basis = workBasisFromGrids([
      {
        name: 'Orders',
        grid: [
          ['Customer ID', 'Order date', 'Amount'],
          ['C1', '2024-01-02', 5],
        ],
      },
    ]);
    expect(basis.refused).toBeNull();
    const broken = workBasisFromGrids([
      {
        name: '訂單',
        grid: [
          ['客户编号', '订单日期', '金额'],
          ['C1', '2024-01-02', 'abc'],
          ['C2', '2024-01-03', 'n/a'],
        ],
      },
    ]);
    expect(broken.refusal?.code).toBe('no-readable-rows');
    if (broken.refusal) expect(paneRefusalText(broken.refusal, 'zh-Hant')).toBe('工作表「訂單」的 2 列都無法讀取；請查看問題清單。');
  });
});
