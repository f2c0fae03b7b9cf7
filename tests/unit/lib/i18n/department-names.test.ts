/** English names of lead departments (牵头部门), for every department the published plans name. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickDepartmentNames, translateDepartment } from '../../../../src/lib/i18n/department-names.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { openPublishedEngine, runSql } from '../../../published-data.ts';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});

afterAll(() => engine.close());

describe('translateDepartment', () => {
  it.each([
    ['市质监局', 'Municipal Quality and Technical Supervision Bureau'],
    ['市场监管局', 'Administration for Market Regulation'],
    ['市市场监管局', 'Municipal Administration for Market Regulation'],
    ['市发改委', 'Municipal Development and Reform Commission'],
    ['市住建委', 'Municipal Housing and Urban-Rural Development Commission'],
    ['市食药监局', 'Municipal Food and Drug Administration'],
    ['市食品药品监管局', 'Municipal Food and Drug Administration'],
    ['州环保局', 'Prefectural Environmental Protection Bureau'],
    ['生态环境局', 'Ecology and Environment Bureau'],
    ['汕尾检验检疫局', '汕尾 Entry-Exit Inspection and Quarantine Bureau'],
    [' 市科技局 ', 'Municipal Science and Technology Bureau'],
  ])('renders %s as %s', (name, english) => {
    expect(translateDepartment(name)).toBe(english);
  });

  it.each(['市质量强市领导组', '各县市人民政府办公'])('leaves %s untranslated', (name) => {
    expect(translateDepartment(name)).toBeNull();
  });

  it('has an English rendering for every lead department the published plans name', async () => {
    const rows = await runSql(engine, 'SELECT DISTINCT lead_department FROM published.targets');
    const names = new Set(
      rows.flatMap((r) =>
        String(r.lead_department ?? '')
          .split(/[、，,;；]/)
          .map((n) => n.trim()),
      ),
    );
    names.delete('');
    expect(names.size).toBeGreaterThan(0);
    for (const name of names) expect(translateDepartment(name), name).not.toBeNull();
  });
});

describe('pickDepartmentNames', () => {
  it.each([
    [
      'zh',
      '市质监局',
      { primary: '市质监局', secondary: null, other: 'Municipal Quality and Technical Supervision Bureau' },
    ],
    [
      'en',
      '市质监局',
      {
        primary: 'Municipal Quality and Technical Supervision Bureau',
        secondary: '市质监局',
        other: '市质监局',
      },
    ],
    ['en', '市质量强市领导组', { primary: '市质量强市领导组', secondary: null, other: null }],
  ] as const)('in %s shows %s first as expected', (lang, name, expected) => {
    expect(pickDepartmentNames(lang, name)).toEqual(expected);
  });
});
