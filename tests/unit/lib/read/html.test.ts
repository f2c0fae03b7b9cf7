/** Web pages: encodings, the main content without the site around it, and markup that is never text. */
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { findDeclaredCharset } from '../../../../src/lib/read/html.ts';
import { readDocument } from '../../../../src/lib/read/index.ts';
import { createEncoder, planPage } from './fixtures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const plan = [
  '某市质量强市行动计划',
  '一、主要目标',
  '到2020年,全市制造业产品质量合格率稳定在93%以上,主要农产品质量安全例行监测总体合格率达到97%以上。',
  '(一)提升产品质量。开展质量提升专项行动(牵头单位:市市场监管局)。',
];

describe('web page encodings', () => {
  it.each([
    ['gb2312', 'gbk', 'gb18030'],
    ['GBK', 'gbk', 'gb18030'],
    ['big5', 'big5', 'big5'],
  ] as const)('reads a page declared %s', async (charset, encoder, expected) => {
    // A Big5 page is written in traditional characters throughout.
    const convert = expected === 'big5' ? OpenCC.Converter({ from: 'cn', to: 'tw' }) : (s: string) => s;
    const lines = plan.map(convert);
    const doc = await readDocument(createEncoder(encoder)(convert(planPage(plan, { charset }))), 'plan.htm');
    expect(doc.encoding).toBe(expected);
    expect(doc.text.split('\n')).toEqual(lines);
    expect(doc.warnings).toEqual([]);
  });

  it('detects the real encoding when the declared one is wrong, and says so', async () => {
    const doc = await readDocument(createEncoder('gbk')(planPage(plan, { charset: 'utf-8' })), 'plan.html');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text.split('\n')).toEqual(plan);
    expect(doc.warnings.join()).toMatch(/declares charset utf-8 but is gb18030/);
  });

  it('detects Big5 on a page that declares nothing', async () => {
    const page = OpenCC.Converter({ from: 'cn', to: 'tw' })(planPage(plan).replace(/<meta[^>]*>/, ''));
    const doc = await readDocument(createEncoder('big5')(page), 'plan.html');
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toContain('制造業產品質量合格率穩定在93%以上');
  });

  it.each([
    ['<meta charset="gb2312">', 'gb2312'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'gbk'],
    ["<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=big5'>", 'big5'],
    ['<meta name="keywords" content="charset=utf-8">', null],
  ])('finds the declared charset in %s', (head, charset) => {
    expect(findDeclaredCharset(utf8(`<html><head>${head}</head></html>`))).toBe(charset);
  });
});

describe('the main content of a web page', () => {
  it('keeps the title and the plan, and drops navigation, metadata, related files, share bar and footer', async () => {
    const doc = await readDocument(utf8(planPage(plan, { charset: 'utf-8' })), 'plan.html');
    expect(doc.text.split('\n')).toEqual(plan);
    expect(doc.properties).toMatchObject({ 索引号: '000014349/2017-00123', 发布机构: '市人民政府办公室' });
    expect(doc.properties.title).toMatch(/^某市质量强市行动计划_/);
  });

  it('never reads scripts, styles, comments or attribute text', async () => {
    const doc = await readDocument(utf8(planPage(plan, { charset: 'utf-8' })), 'plan.html');
    for (const hidden of ['98%', '97%</', '96%', '99%', '95%', '隐藏的旧版本', 'document.write'])
      expect(doc.text).not.toContain(hidden);
  });

  it('splits paragraphs at block elements and <br>, and joins inline runs', async () => {
    const page = `<html><body><div class="content"><p>一、主要目标</p><p>到2020年,<span>产品质量</span><b>合格率</b>达到95%以上。<br>服务质量满意度达到80分。</p><div>二、主要任务<br/><br/>(一)提升产品质量,</div></div></body></html>`;
    const doc = await readDocument(utf8(page), 'plan.html');
    expect(doc.text.split('\n')).toEqual([
      '一、主要目标',
      '到2020年,产品质量合格率达到95%以上。',
      '服务质量满意度达到80分。',
      '二、主要任务',
      '(一)提升产品质量,',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end))).toEqual(
      ['一、主要目标', '二、主要任务', '(一)提升产品质量,'],
    );
  });

  it('marks h1–h6 and bold titles as headings', async () => {
    const page = `<html><body><article><h2>总体要求</h2><p><strong>发展目标</strong></p><p>到2020年,产品质量合格率达到95%以上,服务质量明显提升。</p></article></body></html>`;
    const doc = await readDocument(utf8(page), 'plan.html');
    expect(doc.blocks.map((b) => [b.kind, b.kind === 'heading' ? b.level : null])).toEqual([
      ['heading', 2],
      ['heading', 1],
      ['paragraph', null],
    ]);
  });

  it('writes a data table as rows of cells, colspan and rowspan lined up', async () => {
    const page = `<html><body><div><p>到2020年,主要指标如下,各项工作全面推进。</p><table>
      <tr><th rowspan="2">指标</th><th colspan="2">目标值</th></tr><tr><td>2018年</td><td>2020年</td></tr>
      <tr><td>产品质量合格率(%)</td><td>94</td><td>≥95</td></tr></table></div></body></html>`;
    const doc = await readDocument(utf8(page), 'plan.html');
    expect(doc.text.split('\n').slice(1)).toEqual([
      '指标 | 目标值 | ',
      ' | 2018年 | 2020年',
      '产品质量合格率(%) | 94 | ≥95',
    ]);
    const row = doc.blocks[3]!;
    expect(row.kind === 'row' && row.cells.map((c) => doc.text.slice(c.start, c.end))).toEqual([
      '产品质量合格率(%)',
      '94',
      '≥95',
    ]);
  });

  it('refuses a page that is all navigation', async () => {
    const page = `<html><head><title>首页</title></head><body><div class="nav"><a href="/">首页</a><a href="/a">新闻中心</a></div>
      <ul><li><a href="/1">关于印发质量工作要点的通知</a></li><li><a href="/2">2016年质量工作总结</a></li></ul>
      <div class="footer">版权所有 某市人民政府 ICP备05008999号</div></body></html>`;
    await expect(readDocument(utf8(page), 'index.html')).rejects.toThrow(
      'index.html: the page has no document text: only navigation, links and page furniture',
    );
  });
});
