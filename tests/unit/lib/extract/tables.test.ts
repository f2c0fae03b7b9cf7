/** Indicator tables: each row's target columns become records; baselines, headers and empty cells do not. */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../src/lib/extract/index.ts';
import { parseValueCell } from '../../../../src/lib/extract/tables.ts';
import { readDocument } from '../../../../src/lib/read/index.ts';
import { indicators } from '../../helpers.ts';
import { planDocx } from '../read/fixtures.ts';

describe('parseValueCell', () => {
  it.each([
    ['95', { comparator: '=', value: 95, valueMax: null, unitText: '' }],
    ['≥93.5', { comparator: '>=', value: 93.5, valueMax: null, unitText: '' }],
    ['>90%', { comparator: '>=', value: 90, valueMax: null, unitText: '%' }],
    ['95%以上', { comparator: '>=', value: 95, valueMax: null, unitText: '%' }],
    ['≤0.20', { comparator: '<=', value: 0.2, valueMax: null, unitText: '' }],
    ['控制在35以内', { comparator: '<=', value: 35, valueMax: null, unitText: '' }],
    ['80左右', { comparator: '~', value: 80, valueMax: null, unitText: '' }],
    ['30-32', { comparator: 'range', value: 30, valueMax: 32, unitText: '' }],
    ['78~80分', { comparator: 'range', value: 78, valueMax: 80, unitText: '分' }],
    ['1,200', { comparator: '=', value: 1200, valueMax: null, unitText: '' }],
    ['持续提升', { comparator: 'qualitative', value: null, valueMax: null, unitText: '' }],
  ])('reads %s', (cell, value) => expect(parseValueCell(cell)).toEqual(value));

  it.each(['', '—', '-', '/', '无', '——'])('reads %j as no value', (cell) =>
    expect(parseValueCell(cell)).toBeNull(),
  );
});

const plan = (rows: string[], intro = '二、发展目标\n到2020年,全市质量总体水平显著提升,主要指标如下表。') =>
  `某市质量发展规划(2016—2020年)\n${intro}\n${rows.join('\n')}\n三、主要任务\n(一)提升产品质量。`;

const records = (text: string, issueYear: number | null = 2016) =>
  extractFromText(text, {
    docId: 't-2016',
    cityId: 't',
    indicators,
    issueYear,
    horizonYears: [2020],
  }).records.filter((r) => r.comparator !== 'qualitative');

describe('an indicator table', () => {
  const text = plan([
    '类别 | 指标名称 | 单位 | 2015年 | 2020年 | 属性',
    '产品质量 | 制造业产品质量合格率 | % | 93.5 | ≥94 | 预期性',
    ' | 主要农产品质量安全例行监测合格率 | % | 96 | 98以上 | 约束性',
    '环境质量 | PM2.5年均浓度 | 微克/立方米 | 45 | ≤35 | 约束性',
    '质量基础 | 万人发明专利拥有量(件/万人) |  | 5.2 | 8左右 | 预期性',
    '服务质量 | 顾客满意度指数 | 分 | 75 | 78-80 | 预期性',
    '能源 | 单位GDP能耗下降 | % | — | 15 | 约束性',
  ]);

  it('gives one record a row for the target year column, and none for the baseline year', () => {
    expect(
      records(text).map((r) => [
        r.indicator_zh,
        r.comparator,
        r.value,
        r.value_max,
        r.unit,
        r.target_year,
        r.year_basis,
      ]),
    ).toEqual([
      ['制造业产品质量合格率', '>=', 94, null, '%', 2020, 'explicit'],
      ['主要农产品质量安全例行监测合格率', '>=', 98, null, '%', 2020, 'explicit'],
      ['PM2.5年均浓度', '<=', 35, null, 'μg/m³', 2020, 'explicit'],
      ['万人发明专利拥有量', '~', 8, null, 'per_10k_people', 2020, 'explicit'],
      ['顾客满意度指数', 'range', 78, 80, 'score', 2020, 'explicit'],
      ['单位GDP能耗下降', 'decrease_by', 15, null, '%', 2020, 'explicit'],
    ]);
  });

  it('quotes the whole row, an exact slice of the text, under the section heading', () => {
    for (const r of records(text)) {
      expect(text.slice(r.quote_start, r.quote_end)).toBe(r.quote);
      expect(r.quote.split(' | ')).toHaveLength(6);
      expect(r.section).toBe('二、发展目标');
    }
  });

  it('maps rows to canonical indicators and domains as sentences are', () => {
    expect(records(text).map((r) => [r.domain, r.indicator_id])).toEqual([
      ['product', 'manufacturing_pass_rate'],
      ['product', 'agrifood_pass_rate'],
      ['environment', 'pm25_concentration'],
      ['foundation', 'invention_patents_per_10k'],
      ['service', 'customer_satisfaction'],
      ['environment', null],
    ]);
  });

  it.each([
    ['2015年基数 | 2020年目标', [94]],
    ['现状值 | 目标值', [94]],
    ['基期(2015年) | 2018年 | 2020年', [93.8, 94]],
  ])('recognises baseline columns in a header %s', (columns, values) => {
    const cells = columns.split(' | ').length === 3 ? '93.5 | 93.8 | ≥94' : '93.5 | ≥94';
    const t = plan([`指标名称 | 单位 | ${columns}`, `制造业产品质量合格率 | % | ${cells}`]);
    expect(records(t).map((r) => r.value)).toEqual(values);
  });

  it('takes the year of a 目标值 column from the sentence before the table', () => {
    const t = plan(
      ['指标 | 单位 | 目标值', '食品抽检合格率 | % | 97'],
      '二、发展目标\n到2018年,主要指标达到以下水平:',
    );
    expect(records(t).map((r) => [r.value, r.target_year, r.year_basis])).toEqual([[97, 2018, 'section']]);
  });

  it('takes a row year from a year column', () => {
    const t = plan(['序号 | 指标 | 目标 | 完成时限', '1 | 新增省级名牌产品 | 5个 | 2018年']);
    expect(records(t).map((r) => [r.value, r.unit, r.target_year, r.is_new_count])).toEqual([
      [5, 'count', 2018, true],
    ]);
  });
});

describe('a table of tasks', () => {
  it('reads targets from its cells as sentences, each cell a clause, with the lead department of its row', () => {
    const text = plan([
      '序号 | 工作任务 | 牵头单位 | 完成时限',
      '1 | 开展质量提升行动,产品质量监督抽查合格率达到93%以上 | 市质监局 | 2017年底',
    ]);
    expect(records(text).map((r) => [r.value, r.comparator, r.quote, r.lead_department])).toEqual([
      [93, '>=', '产品质量监督抽查合格率达到93%以上', '市质监局'],
    ]);
  });
});

describe('an indicator table as published', () => {
  const rows = [
    ['指标名称', '单位', '2015年', '2020年', '属性'],
    ['制造业产品质量合格率', '%', '93.5', '≥94', '预期性'],
    ['PM2.5年均浓度', '微克/立方米', '45', '≤35', '约束性'],
  ];
  const intro = [
    '某市质量发展规划(2016—2020年)',
    '二、发展目标',
    '到2020年,全市质量总体水平显著提升,主要指标如下表。',
  ];

  it('gives the same records from a Word table and a web page table', async () => {
    const docx = await readDocument(planDocx(intro, [rows]), 'plan.docx');
    const table = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    const html = `<html><body><div>${intro.map((l) => `<p>${l}</p>`).join('')}<table>${table}</table></div></body></html>`;
    const page = await readDocument(new TextEncoder().encode(html), 'plan.html');
    expect(page.text).toBe(docx.text);
    const fromDocx = records(docx.text);
    expect(fromDocx.map((r) => [r.value, r.comparator, r.unit, r.target_year])).toEqual([
      [94, '>=', '%', 2020],
      [35, '<=', 'μg/m³', 2020],
    ]);
    expect(records(page.text)).toEqual(fromDocx);
  });
});
