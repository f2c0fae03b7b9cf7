import { describe, expect, it } from 'vitest';
import { cleanDocument, isChromeLine } from '../../../../src/lib/extract/clean.ts';
import { toHalfWidth, toSimplifiedShadow } from '../../../../src/lib/extract/chars.ts';
import { quantitative, readSource } from '../../helpers.ts';

describe('isChromeLine', () => {
  it.each([
    '用户名 密码',
    '记住我',
    '加入收藏',
    '全国站 [进入分站]',
    '网站首页 法律咨询 找律师 律师在线 律师热线 法治资讯 法律法规 资料库 法律文书',
    '您的位置首页 >> 法规库 >> 法规正文',
    '载入时间:0.02095秒 copyright©2006 110.com inc. all rights reserved.',
    '版权所有:110.com',
    '扫描二维码 关注我们',
    '扫一扫在手机打开当前页',
    '陆河县人民政府门户网站',
    '• 2017-03-17 08:54',
    '• 来源: 汕尾市人民政府门户网站',
    '• 【字体:',
    '- -',
    '您访问的链接即将离开“陆河县人民政府”门户网站,是否继续?',
  ])('drops page chrome: %s', (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    '三、主要目标任务',
    '(一)产品质量。国家监督抽查合格率稳定在90%以上;',
    '太原市人民政府办公厅',
    '发布文号:石政办发[2011]13号',
    '汕尾市实施质量强市战略2017年度行动计划',
    '附件:',
  ])('keeps document text: %s', (line) => expect(isChromeLine(line)).toBe(false));
});

describe('cleanDocument', () => {
  it('normalises full-width digits and punctuation and drops spaces next to Chinese text', () => {
    expect(cleanDocument('　合格率达到 ９５％以上，（牵头部门：市质监局）')).toBe(
      '合格率达到95%以上,(牵头部门:市质监局)',
    );
  });

  it('keeps one paragraph per line and no empty lines', () => {
    const text = cleanDocument(readSource('shijiazhuang-2011'));
    expect(text.split('\n').every((l) => l.trim().length > 0)).toBe(true);
    expect(text).not.toMatch(/copyright|用户名|扫一扫/);
    expect(text).toContain(
      '(一)制造业产品质量。重点产业主要产品采用国际标准或国外先进标准组织生产达到90%以上',
    );
  });

  it.each(['shijiazhuang-2011', 'taiyuan-2014', 'hangzhou-2013', 'shanwei-2017', 'linxia-2013'])(
    'removes the web page around %s',
    (doc) => {
      const text = cleanDocument(readSource(doc));
      expect(text).not.toMatch(/扫一扫|二维码|copyright|门户网站$|您访问的链接/m);
    },
  );
});

describe('characters', () => {
  it('maps full-width ASCII to half-width and keeps the length', () => {
    const s = 'ＰＭ２．５年均浓度（３０）';
    expect(toHalfWidth(s)).toBe('PM2.5年均浓度(30)');
    expect(toHalfWidth(s)).toHaveLength(s.length);
  });

  it('shadows traditional characters with simplified ones of the same length', () => {
    const s = '產品質量監督抽查合格率達到95%以上';
    expect(toSimplifiedShadow(s)).toBe('产品质量监督抽查合格率达到95%以上');
  });
});

describe('chrome is judged by what a line is, not by a word in it', () => {
  const sentence =
    '到2020年,全市制造业产品质量合格率稳定在93%以上,主要农产品质量安全例行监测总体合格率达到97%以上。';

  it.each([
    '首页 >> 政务公开 >> 政府文件',
    '版权所有:某市人民政府办公室 © 2017',
    'Copyright 2017 All Rights Reserved',
    '發佈時間:2017-03-17 來源:市政府辦公室',
  ])('drops a short footer or breadcrumb: %s', (line) => expect(isChromeLine(line)).toBe(true));

  it('keeps a plan saved without line breaks, footer and all, and finds its targets', () => {
    const oneLine = `首页 >> 政务公开 ${sentence.repeat(2000)} 版权所有 © 某市人民政府`;
    expect(oneLine.length).toBeGreaterThan(100_000);
    expect(cleanDocument(oneLine)).toContain(sentence);
    expect(quantitative(`${sentence} 版权所有 © 某市人民政府`)).toEqual([
      { value: 93, comparator: '>=', unit: '%' },
      { value: 97, comparator: '>=', unit: '%' },
    ]);
  });

  it('keeps a sentence of the plan that mentions copyright', () => {
    expect(isChromeLine('加强版权保护,查处侵犯版权所有人合法权益的行为;')).toBe(false);
  });
});
