import { describe, expect, it } from 'vitest';
import {
  OUTCOME_COLUMNS,
  OUTCOME_TEMPLATE_HEADER,
  REQUIRED_OUTCOME_COLUMNS,
  createOutcomeTemplateCsv,
  parseOutcomesCsv,
} from '../../../../src/lib/outcomes';
import { loadCatalog, readRepoFile } from './load';

const { indicators, cities } = loadCatalog();
const catalog = { indicators, cities, targets: [] };

describe('the outcome template', () => {
  it('has the header of data/outcomes/city-outcomes.csv', () => {
    expect(OUTCOME_TEMPLATE_HEADER).toBe(
      readRepoFile('data/outcomes/city-outcomes.csv').split('\n')[0] + '\n',
    );
  });

  it('includes every required column', () => {
    for (const column of REQUIRED_OUTCOME_COLUMNS) expect(OUTCOME_COLUMNS).toContain(column);
  });

  it('parses as an empty, valid outcomes file', () => {
    expect(parseOutcomesCsv(OUTCOME_TEMPLATE_HEADER, { file: 'template.csv', catalog })).toEqual({
      rows: [],
      issues: [],
    });
  });

  it('round-trips an example row, quoting cells that need it', () => {
    const csv = createOutcomeTemplateCsv([
      {
        city_id: 'shanwei',
        indicator_id: 'pm25_concentration',
        year: '2020',
        period: 'annual',
        value: '18',
        unit: 'μg/m³',
        source_title:
          '2020年度汕尾市空气质量状况 (汕尾市生态环境局; page on a mirror of the Shanwei government site)',
        quote: '细颗粒物(PM2.5)年平均浓度为18微克/立方米,较去年下降3微克/立方米(-14.3%),均达到国家二级标准。',
        match: 'exact',
      },
    ]);
    const { rows, issues } = parseOutcomesCsv(csv, { file: 'template.csv', catalog });
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ city_id: 'shanwei', value: 18, line: 2, source_url: null });
    expect(rows[0]?.quote).toContain(',较去年下降3微克/立方米');
  });
});
