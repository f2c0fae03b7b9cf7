import { describe, expect, it } from 'vitest';
import {
  EXPORT_FRAME,
  buildExportFileName,
  buildExportSvg,
  buildSourceLine,
  calcWrappedLines,
  escapeXml,
} from '../../../../src/lib/chart/export.ts';
import { calcTextWidth } from '../../../../src/lib/chart/text.ts';

const HANGZHOU = '杭州市争创全国质量强市示范城市工作方案';
const LINXIA = '临夏州质量发展纲要(2013—2020年)';

const OUTCOME = '2019年杭州市生态环境状况公报';

describe('buildSourceLine', () => {
  it.each([
    ['en', { plans: [HANGZHOU, LINXIA] }, `Source: ${HANGZHOU}; ${LINXIA}. City Quality Targets`],
    ['zh', { plans: [HANGZHOU, LINXIA] }, `来源：《${HANGZHOU}》《${LINXIA}》。城市质量发展目标`],
    ['en', { plans: [HANGZHOU, HANGZHOU] }, `Source: ${HANGZHOU}. City Quality Targets`],
    ['en', { plans: [] }, 'Source: City Quality Targets'],
    ['zh', { plans: [] }, '来源：城市质量发展目标'],
    [
      'en',
      { plans: [HANGZHOU], others: [OUTCOME], datasetDate: '2026-12-07' },
      `Source: ${HANGZHOU}; outcomes and references: ${OUTCOME}. Dataset of 2026-12-07, City Quality Targets`,
    ],
    [
      'zh',
      { plans: [HANGZHOU], others: [OUTCOME], datasetDate: '2026-12-07' },
      `来源：《${HANGZHOU}》；数据来源：${OUTCOME}。数据集日期 2026-12-07，城市质量发展目标`,
    ],
    [
      'en',
      { plans: [], others: ['a', 'b', 'c', 'd', 'e', 'f'] },
      'Source: outcomes and references: a; b; c; d and 2 more. City Quality Targets',
    ],
  ] as const)('in %s for %j', (lang, sources, expected) => {
    expect(buildSourceLine(lang, sources)).toBe(expected);
  });
});

describe('calcWrappedLines', () => {
  it('keeps a short title on one line', () => {
    expect(calcWrappedLines('Plans from issue to horizon', 600, 20)).toEqual(['Plans from issue to horizon']);
  });

  it('breaks a long Chinese source line so that no line overflows', () => {
    const text = buildSourceLine('zh', { plans: [HANGZHOU, LINXIA, '石家庄市大力实施质量兴市战略的意见'] });
    const lines = calcWrappedLines(text, 300, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(calcTextWidth(line, 12)).toBeLessThanOrEqual(300);
  });

  it('breaks English at spaces', () => {
    const lines = calcWrappedLines('Source: one two three four five six seven eight nine ten', 150, 12);
    for (const line of lines) expect(line.startsWith(' ') || line.endsWith(' ')).toBe(false);
    expect(lines.join(' ')).toBe('Source: one two three four five six seven eight nine ten');
  });
});

describe('buildExportSvg', () => {
  const exported = buildExportSvg({
    content: '<svg width="600" height="200"><rect width="10" height="10"/></svg>',
    width: 600,
    height: 200,
    title: '各城市分领域目标数量 & more',
    sourceLine: buildSourceLine('zh', { plans: [HANGZHOU], datasetDate: '2026-12-07' }),
    fontFamily: "'Noto Sans CJK SC', sans-serif",
  });

  it('is a standalone SVG document of the stated size with a white ground', () => {
    expect(exported.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(exported.svg).toContain(`width="${exported.width}" height="${exported.height}"`);
    expect(exported.svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(exported.width).toBe(600 + 2 * EXPORT_FRAME.padding);
    expect(exported.height).toBeGreaterThan(200 + 2 * EXPORT_FRAME.padding);
  });

  it('carries the title, escaped, and the source line', () => {
    expect(exported.svg).toContain('各城市分领域目标数量 &amp; more');
    expect(exported.svg).toContain(`来源：《${HANGZHOU}》。数据集日期 2026-12-07，城市质量发展目标`);
    expect(exported.svg).toContain('font-family="&apos;Noto Sans CJK SC&apos;, sans-serif"');
  });
});

describe('buildExportSvg with a legend', () => {
  const withLegend = buildExportSvg({
    content: '<svg width="300" height="100"></svg>',
    width: 300,
    height: 100,
    title: 'Targets by city and domain',
    sourceLine: 'Source: City Quality Targets',
    legend: { content: '<text x="0" y="12">Environment</text>', width: 700, height: 24 },
    fontFamily: 'sans-serif',
  });
  it('draws the legend between the title and the chart, and is wide enough for it', () => {
    expect(withLegend.width).toBe(700 + 2 * EXPORT_FRAME.padding);
    const legendAt = withLegend.svg.indexOf('<g class="legend"');
    expect(legendAt).toBeGreaterThan(withLegend.svg.indexOf('<g class="title"'));
    expect(legendAt).toBeLessThan(withLegend.svg.indexOf('<g class="chart"'));
    expect(withLegend.svg).toContain('>Environment</text>');
    expect(withLegend.svg).not.toContain('foreignObject');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('buildExportFileName', () => {
  it.each([
    ['Plans from issue to horizon', 'svg', 'Plans from issue to horizon.svg'],
    ['各城市分领域目标数量', 'png', '各城市分领域目标数量.png'],
    ['A/B: "test"?', 'svg', 'A B test.svg'],
    ['', 'png', 'chart.png'],
  ] as const)('%j → %s', (title, ext, expected) => {
    expect(buildExportFileName(title, ext)).toBe(expected);
  });
});
