import { describe, expect, it } from 'vitest';
import { extractText } from '../../helpers.ts';

const leadOf = (paragraph: string) =>
  extractText(paragraph).find((r) => r.value !== null)?.lead_department ?? null;

describe('lead department', () => {
  it.each([
    [
      'Taiyuan: (牵头部门:…。责任单位:…)',
      '开展农产品质量安全专项整治,主要农产品质量安全抽查合格率达到95%以上。(牵头部门:市食药监局。责任单位:市农委、市教育局)',
      '市食药监局',
    ],
    [
      'Taiyuan: (牵头单位:…)',
      '开展QC小组活动,全市培育QC小组100个。(牵头单位:市经信委。责任单位:市人社局、市质监局)',
      '市经信委',
    ],
    [
      'Shanwei: (X牵头,…参与)',
      '到2017年,大中型工程一次验收合格率达100%。(市住建局牵头,市交通运输局、市水务局等单位参与)',
      '市住建局',
    ],
    [
      'a single responsible body',
      '到2017年,新建成省级以上检验检测中心(实验室)1家以上。(市质监局负责)',
      '市质监局',
    ],
    [
      'Shanwei: shared duties name no lead',
      '到2017年,全市共建立社会公用计量标准90项以上。(市科技局、市质监局等单位按职责分工负责)',
      null,
    ],
    ['no department named', '到2020年,产品质量监督抽查合格率达到95%以上。', null],
  ])('%s', (_name, paragraph, expected) => expect(leadOf(paragraph)).toBe(expected));

  it('reads 牵头单位 on the line after a task', () => {
    expect(leadOf('到2020年,全市新增省名牌产品10个。\n牵头单位:市质监局')).toBe('市质监局');
  });
});
