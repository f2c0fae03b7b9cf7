/** The synthetic corpus of bench:scale: deterministic, marked synthetic, and extracting to the records it aims at. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../../src/lib/build/dataset.ts';
import {
  buildCityId,
  buildCityStem,
  createRandom,
  createScaleOptions,
  formatChineseNumber,
  generateSyntheticCorpus,
  readSeedCorpus,
  reorderItems,
  shiftYears,
  varyNumbers,
  type CorpusOptions,
  type CorpusSummary,
} from '../../../../scripts/lib/synthetic-corpus.ts';

const seedFiles = new Map<string, Uint8Array>();
for (const name of readdirSync('data/sources'))
  seedFiles.set(`data/sources/${name}`, readFileSync(`data/sources/${name}`));
for (const path of ['data/indicators.csv', 'data/references.csv', 'data/outcomes/city-outcomes.csv'])
  seedFiles.set(path, readFileSync(path));
const seeds = readSeedCorpus(seedFiles);

function generate(options: CorpusOptions): { files: Map<string, string>; summary: CorpusSummary } {
  const summary: CorpusSummary = { cities: 0, plans: 0, expectedRecords: 0, textChars: 0, outcomes: 0 };
  const files = new Map<string, string>();
  for (const file of generateSyntheticCorpus(seeds, options, summary)) files.set(file.path, file.text);
  return { files, summary };
}

function digest(files: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const [path, text] of files) hash.update(`${path}\0${text}\0`);
  return hash.digest('hex');
}

const SMALL: CorpusOptions = { cities: 3, plansPerCity: 4, recordsPerPlan: 40, seed: 7 };

describe('generateSyntheticCorpus', () => {
  it('writes the same files for the same seed and other texts for another seed', () => {
    const first = generate(SMALL);
    expect(digest(generate(SMALL).files)).toBe(digest(first.files));
    const other = generate({ ...SMALL, seed: 8 });
    expect(digest(other.files)).not.toBe(digest(first.files));
    expect(other.files.get('data/sources/synthetic-0001-01.txt')).not.toBe(
      first.files.get('data/sources/synthetic-0001-01.txt'),
    );
  });

  it('marks every city, plan and outcome as synthetic and writes only under data/', () => {
    const { files } = generate(SMALL);
    for (const path of files.keys()) expect(path).toMatch(/^data\//);
    const manifest = buildDataset({ files: encode(files) });
    for (const doc of manifest.documents) {
      expect(doc.city_id).toMatch(/^synthetic-\d{4}$/);
      expect(doc.title).toMatch(/^合成样例：/);
      expect(doc.text.split('\n')[0]).toMatch(/^合成样例\(Synthetic sample/);
    }
    for (const outcome of manifest.outcomes) expect(outcome.source_title).toMatch(/^Synthetic sample/);
    expect(manifest.cities.map((c) => c.city_id)).toEqual([
      'synthetic-0001',
      'synthetic-0002',
      'synthetic-0003',
    ]);
  });

  it('extracts, through the real build, the records its sections held in the seed plans, near its aim', () => {
    const { files, summary } = generate(SMALL);
    const dataset = buildDataset({ files: encode(files) });
    expect(dataset.documents).toHaveLength(12);
    expect(dataset.report.warnings).toEqual([]);
    expect(Math.abs(dataset.targets.length - summary.expectedRecords)).toBeLessThanOrEqual(
      summary.expectedRecords * 0.05,
    );
    const aim = SMALL.cities * SMALL.plansPerCity * SMALL.recordsPerPlan;
    expect(dataset.targets.length).toBeGreaterThan(aim * 0.8);
    expect(dataset.targets.length).toBeLessThan(aim * 1.2);
    // Quantitative targets keep about their share among the seeds' records (112 of 164).
    const share = dataset.report.quantitative / dataset.targets.length;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.85);
    expect(dataset.outcomes.length).toBeGreaterThan(0);
  });
});

function encode(files: Map<string, string>): Map<string, Uint8Array> {
  return new Map([...files].map(([path, text]) => [path, new TextEncoder().encode(text)]));
}

describe('createScaleOptions', () => {
  it('makes 1,000× today 300 cities of 10 plans holding 164,000 records', () => {
    const options = createScaleOptions(1000);
    expect(options).toMatchObject({ cities: 300, plansPerCity: 10 });
    expect(options.cities * options.plansPerCity * options.recordsPerPlan).toBeCloseTo(164_000);
  });

  it('makes 10× today 3 cities of 10 plans holding 1,640 records', () => {
    const options = createScaleOptions(10);
    expect(options.cities * options.plansPerCity * options.recordsPerPlan).toBeCloseTo(1640);
  });
});

describe('shiftYears', () => {
  it.each([
    ['到2015年,产品质量监督抽查合格率达到95%', 3, '到2018年,产品质量监督抽查合格率达到95%'],
    ['杭政办函〔2013〕98号', 3, '杭政办函〔2016〕98号'],
    ['质量发展纲要(2011-2020年)', -2, '质量发展纲要(2009-2018年)'],
    ['培育2000家企业', 3, '培育2000家企业'],
    ['市政府第49次常务会', 3, '市政府第49次常务会'],
  ])('shiftYears(%s, %i) is %s', (text, offset, expected) => {
    expect(shiftYears(text, offset)).toBe(expected);
  });
});

describe('varyNumbers', () => {
  const random = createRandom(1);
  it('moves a percentage near 100 by at most 3 points and never past 100', () => {
    for (let i = 0; i < 50; i += 1) {
      const value = Number(/(\d+)%/.exec(varyNumbers('合格率达到99%以上', random))?.[1]);
      expect(value).toBeGreaterThanOrEqual(96);
      expect(value).toBeLessThanOrEqual(100);
    }
  });

  it('moves a count of items by at most 40 % and keeps list markers, years and ordinals', () => {
    for (let i = 0; i < 50; i += 1) {
      const text = varyNumbers('1.到2015年制定标准300项,第3批', random);
      const count = Number(/标准(\d+)项/.exec(text)?.[1]);
      expect(count).toBeGreaterThanOrEqual(180);
      expect(count).toBeLessThanOrEqual(420);
      expect(text).toMatch(/^1\.到2015年制定标准\d+项,第3批$/);
    }
  });

  it('keeps the decimals a percentage is written with', () => {
    expect(varyNumbers('优良率47.75%', createRandom(3))).toMatch(/^优良率\d+\.\d\d%$/);
  });
});

describe('reorderItems', () => {
  it('keeps every line, moves items with the lines under them and renumbers them', () => {
    const lines = ['总体要求。', '(一)产品质量。', '1.合格率95%;', '(二)工程质量。', '(三)服务质量。'];
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) {
      const out = reorderItems(lines, createRandom(seed));
      expect(out[0]).toBe('总体要求。');
      expect(out.filter((l) => l.startsWith('(')).map((l) => l.slice(0, 3))).toEqual([
        '(一)',
        '(二)',
        '(三)',
      ]);
      expect(out[out.findIndex((l) => l.endsWith('产品质量。')) + 1]).toBe('1.合格率95%;');
      expect([...out].map((l) => l.replace(/^\(.\)/, '')).sort()).toEqual(
        lines.map((l) => l.replace(/^\(.\)/, '')).sort(),
      );
      seen.add(out.join('|'));
    }
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('names', () => {
  it('formatChineseNumber writes section numbers as plans do', () => {
    expect([1, 9, 10, 11, 20, 23].map(formatChineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十三',
    ]);
  });

  it('gives 1,000 cities 1,000 different names and ids', () => {
    const indexes = Array.from({ length: 1000 }, (_, i) => i);
    expect(new Set(indexes.map(buildCityStem)).size).toBe(1000);
    expect(buildCityId(0)).toBe('synthetic-0001');
    expect(buildCityId(299)).toBe('synthetic-0300');
  });
});
