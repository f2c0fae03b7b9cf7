import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, PATHS } from '../../../../src/lib/build/dataset.ts';
import { DataFileError, formatCsvRow, parseCsvTable } from '../../../../src/lib/build/read-csv.ts';

/** The real input files, which each test then spoils in one way. */
function realFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync('data/sources'))
    files.set(PATHS.sources + name, readFileSync(`data/sources/${name}`));
  for (const path of [
    PATHS.indicators,
    PATHS.cities,
    PATHS.overrides,
    PATHS.outcomeTranslations,
    PATHS.references,
  ])
    files.set(path, readFileSync(path));
  for (const name of readdirSync('data/outcomes').filter((n) => n.endsWith('.csv'))) {
    files.set(PATHS.outcomes + name, readFileSync(`data/outcomes/${name}`));
  }
  return files;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (files: Map<string, Uint8Array>, path: string) => new TextDecoder().decode(files.get(path));

/** The status-notes file with its one real row changed (cells by column), on line 2. */
function statusNote(files: Map<string, Uint8Array>, changes: Record<string, string>): Uint8Array {
  const table = parseCsvTable(text(files, PATHS.outcomeNotes));
  const row = { ...table.records[0]!.values, ...changes };
  return utf8([formatCsvRow(table.columns), formatCsvRow(table.columns.map((c) => row[c] ?? ''))].join('\n'));
}

/** A file's text with `bytes` put in place of the first occurrence of `marker` (an encoding error on its line). */
function withBytes(
  files: Map<string, Uint8Array>,
  path: string,
  marker: string,
  bytes: number[],
): Uint8Array {
  const [before, after] = [
    text(files, path).split(marker)[0]!,
    text(files, path).split(marker).slice(1).join(marker),
  ];
  return new Uint8Array([...utf8(before), ...bytes, ...utf8(after)]);
}

function failure(files: Map<string, Uint8Array>): DataFileError {
  try {
    buildDataset({ files });
  } catch (e) {
    if (e instanceof DataFileError) return e;
    throw e;
  }
  throw new Error('the build did not fail');
}

describe('buildDataset', () => {
  it('builds the five plans', () => {
    const { documents, targets, report } = buildDataset({ files: realFiles() });
    expect(documents.map((d) => d.doc_id)).toEqual([
      'shijiazhuang-2011',
      'taiyuan-2014',
      'hangzhou-2013',
      'shanwei-2017',
      'linxia-2013',
    ]);
    expect(report.quantitative).toBe(112);
    for (const t of targets) {
      const doc = documents.find((d) => d.doc_id === t.doc_id)!;
      expect(doc.text.slice(t.quote_start, t.quote_end)).toBe(t.quote);
    }
    expect(report.warnings).toEqual([]);
    expect(report.outcomes).toBeGreaterThan(0);
  });

  it('picks up a plan dropped into data/sources/ without a manifest row, and says so', () => {
    const files = realFiles();
    files.set(
      PATHS.sources + 'wenzhou-2014.txt',
      utf8('温州市质量强市建设行动计划\n一、主要目标\n到2015年,产品质量监督抽查合格率达到95%以上。'),
    );
    const { documents, report } = buildDataset({ files });
    expect(documents.find((d) => d.doc_id === 'wenzhou-2014')).toMatchObject({
      city_id: 'wenzhou',
      city_zh: '温州市',
      horizon_year: 2015,
    });
    expect(report.warnings.join('\n')).toMatch(/wenzhou-2014.txt is not in data\/sources\/manifest.csv/);
  });

  it('builds from a manifest cut to its header without losing city names or provinces, and says so on line 1', () => {
    const files = realFiles();
    const whole = buildDataset({ files: realFiles() });
    files.set(PATHS.manifest, utf8(text(files, PATHS.manifest).split('\n')[0]! + '\n'));
    const { documents, targets, report } = buildDataset({ files });
    const cities = parseCsvTable(text(files, PATHS.cities)).records.map((r) => r.values);
    for (const d of documents) {
      const city = cities.find((c) => c.city_id === d.city_id)!;
      expect([d.doc_id, d.city_en, d.province]).toEqual([d.doc_id, city.name_en, city.province_zh]);
    }
    const byId = (ts: typeof targets) => [...ts].sort((a, b) => a.target_id.localeCompare(b.target_id));
    expect(byId(targets)).toEqual(byId(whole.targets));
    expect(report.warnings[0]).toMatch(
      /^data\/sources\/manifest.csv line 1: the manifest lists no documents \(only its header\); all 5 documents/,
    );
  });

  describe('bad input fails with the file and line', () => {
    it.each<[string, (files: Map<string, Uint8Array>) => void, RegExp]>([
      [
        'an empty document',
        (f) => f.set(PATHS.sources + 'taiyuan-2014.txt', new Uint8Array()),
        /data\/sources\/taiyuan-2014.txt: the file is empty \(listed on data\/sources\/manifest.csv line 3\)/,
      ],
      [
        'a binary document',
        (f) => f.set(PATHS.sources + 'taiyuan-2014.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
        /taiyuan-2014.txt: the file is binary/,
      ],
      [
        'an undecodable document',
        (f) => f.set(PATHS.sources + 'taiyuan-2014.txt', new Uint8Array([0x41, 0x80, 0x42, 0xff])),
        /taiyuan-2014.txt: the file is neither UTF-8, GB18030\/GBK nor Big5/,
      ],
      [
        'a document with no targets',
        (f) =>
          f.set(
            PATHS.sources + 'taiyuan-2014.txt',
            utf8('关于加强质量工作的通知\n各部门要高度重视质量工作。'),
          ),
        /taiyuan-2014.txt: no quantitative targets found/,
      ],
      [
        'a missing document',
        (f) => f.delete(PATHS.sources + 'taiyuan-2014.txt'),
        /taiyuan-2014.txt: the document is missing \(listed on data\/sources\/manifest.csv line 3\)/,
      ],
      [
        'a duplicate doc_id',
        (f) =>
          f.set(
            PATHS.manifest,
            utf8(
              text(f, PATHS.manifest).replace(
                'hangzhou-2013,hangzhou-2013.txt',
                'taiyuan-2014,hangzhou-2013.txt',
              ),
            ),
          ),
        /manifest.csv line 4: duplicate doc_id "taiyuan-2014" \(first on line 3\)/,
      ],
      [
        'a malformed manifest row',
        (f) => f.set(PATHS.manifest, utf8(text(f, PATHS.manifest) + 'broken,row\n')),
        /manifest.csv line 7: expected 14 fields, found 2/,
      ],
      [
        'a manifest date that is not a date',
        (f) => f.set(PATHS.manifest, utf8(text(f, PATHS.manifest).replace('2014-08-15', '2014-13-45'))),
        /manifest.csv line 3: issue_date "2014-13-45" is not a date/,
      ],
      [
        'a manifest without its columns',
        (f) => f.set(PATHS.manifest, utf8('doc,file\na,b\n')),
        /manifest.csv line 1: missing column\(s\): doc_id/,
      ],
      [
        'a cities row with a bad coordinate',
        (f) =>
          f.set(
            PATHS.cities,
            utf8(
              text(f, PATHS.cities).replace(/^(taiyuan,.*?),[^,]*,[^,]*,[^,]*$/m, '$1,north,112.5,somewhere'),
            ),
          ),
        /cities.csv line 3: lat "north" is not a latitude/,
      ],
      [
        'a duplicate city',
        (f) => f.set(PATHS.cities, utf8(text(f, PATHS.cities) + 'taiyuan,太原市,Taiyuan,,,,,,\n')),
        /cities.csv line 7: city_id "taiyuan" repeats line 3/,
      ],
      [
        'an override of an unknown target',
        (f) => f.set(PATHS.overrides, utf8('target_id,field,value,reason\nnope-001,value,5,typo\n')),
        /overrides.csv line 2: unknown target_id "nope-001"/,
      ],
      [
        'an override that brings a number absent from the quote',
        (f) =>
          f.set(PATHS.overrides, utf8('target_id,field,value,reason\ntaiyuan-2014-001,value,97,guess\n')),
        /overrides.csv line 2: value 97 does not appear in the quote of taiyuan-2014-001/,
      ],
      [
        'an override of a field that cannot change',
        (f) => f.set(PATHS.overrides, utf8('target_id,field,value,reason\ntaiyuan-2014-001,section,x,why\n')),
        /overrides.csv line 2: field "section" cannot be overridden/,
      ],
      [
        'a quote row for a record that exists (it adds one under a new id)',
        (f) => f.set(PATHS.overrides, utf8('target_id,field,value,reason\ntaiyuan-2014-001,quote,0:x,why\n')),
        /overrides.csv line 2: target_id "taiyuan-2014-001" exists/,
      ],
      [
        'a quote row whose sentence is not in the plan, named in its own file',
        (f) =>
          f.set(
            'data/curation/overrides-taiyuan.csv',
            utf8('target_id,field,value,reason\ntaiyuan-2014-a01,quote,0:不在文中的句子,missed\n'),
          ),
        /data\/curation\/overrides-taiyuan.csv line 2: the quote of taiyuan-2014-a01 is not in the text/,
      ],
      [
        'an override without a reason',
        (f) =>
          f.set(PATHS.overrides, utf8('target_id,field,value,reason\ntaiyuan-2014-001,domain,service,\n')),
        /overrides.csv line 2: reason is empty/,
      ],
      [
        'a manifest horizon year no target can have',
        (f) =>
          f.set(
            PATHS.manifest,
            utf8(text(f, PATHS.manifest).replace(',action plan,2014', ',action plan,1914')),
          ),
        /manifest.csv line 3: horizon_years "1914": a target year is from 1990 to 2100/,
      ],
      [
        'a CSV with bytes of no encoding on one line',
        (f) => f.set(PATHS.cities, withBytes(f, PATHS.cities, '山西省', [0xff, 0xfe, 0x41])),
        /^data\/cities.csv line 3: the file is neither UTF-8, GB18030\/GBK nor Big5 text .*\(this line is neither/,
      ],
      [
        'a CSV with a NUL byte on one line',
        (f) => f.set(PATHS.outcomeNotes, withBytes(f, PATHS.outcomeNotes, 'hangzhou-2013', [0, 0, 0])),
        /^data\/outcomes\/status-notes.csv line 2: the file is binary, not text \(control byte 0x00/,
      ],
      [
        'a status note of an unknown city',
        (f) => f.set(PATHS.outcomeNotes, statusNote(f, { city_id: 'nowhere' })),
        /status-notes.csv line 2: unknown city "nowhere"/,
      ],
      [
        'a status note without a status',
        (f) => f.set(PATHS.outcomeNotes, statusNote(f, { status: '' })),
        /status-notes.csv line 2: status is empty/,
      ],
      [
        'a status note whose year is not a year',
        (f) => f.set(PATHS.outcomeNotes, statusNote(f, { year: '2016年' })),
        /status-notes.csv line 2: year "2016年" is not a year/,
      ],
      [
        'a status note of an unknown plan',
        (f) => f.set(PATHS.outcomeNotes, statusNote(f, { doc_id: 'hangzhou-2016' })),
        /status-notes.csv line 2: unknown document "hangzhou-2016"/,
      ],
      [
        'a status note whose plan_quote is not in its plan',
        (f) =>
          f.set(
            PATHS.outcomeNotes,
            statusNote(f, { plan_quote: '2016年8月前获得“全国质量强市示范城市”称号' }),
          ),
        /status-notes.csv line 2: plan_quote is not in the text of hangzhou-2013/,
      ],
      [
        'a status note without a source',
        (f) => f.set(PATHS.outcomeNotes, statusNote(f, { source_title: '' })),
        /status-notes.csv line 2: missing source/,
      ],
      [
        'a status note whose source address is not a web address',
        (f) => f.set(PATHS.outcomeNotes, statusNote(f, { source_url: 'www.hangzhou.gov.cn' })),
        /status-notes.csv line 2: source_url "www.hangzhou.gov.cn" is not an http\(s\) address/,
      ],
      [
        'a status note of an unknown source kind',
        (f) => f.set(PATHS.outcomeNotes, statusNote(f, { source_kind: 'rumour' })),
        /status-notes.csv line 2: source_kind "rumour" is not one of/,
      ],
      [
        'a status note repeated',
        (f) => {
          const once = text(f, PATHS.outcomeNotes).trimEnd();
          f.set(PATHS.outcomeNotes, utf8(`${once}\n${once.split('\n').slice(1).join('\n')}\n`));
        },
        /status-notes.csv line 3: duplicate of line 2/,
      ],
      [
        'a status-notes row longer than its header',
        (f) => f.set(PATHS.outcomeNotes, utf8(text(f, PATHS.outcomeNotes).trimEnd() + ',extra\n')),
        /status-notes.csv line 2: row has 14 cells but the header has 13 columns/,
      ],
      [
        'a translation of an outcome that does not exist',
        (f) =>
          f.set(
            PATHS.outcomeTranslations,
            utf8(
              text(f, PATHS.outcomeTranslations) + 'taiyuan|pm25_concentration|2099|annual,标题,说明,注意\n',
            ),
          ),
        /outcome-translations.csv line 26: no published outcome has the key "taiyuan\|pm25_concentration\|2099\|annual"/,
      ],
      [
        'an outcome translated twice',
        (f) => {
          const lines = text(f, PATHS.outcomeTranslations).trimEnd().split('\n');
          f.set(PATHS.outcomeTranslations, utf8([...lines, lines[1]].join('\n') + '\n'));
        },
        /outcome-translations.csv line 26: "taiyuan\|pm25_concentration\|2018\|annual" is translated twice/,
      ],
      [
        'an indicator wording that is not a regular expression',
        (f) =>
          f.set(
            PATHS.indicators,
            utf8(text(f, PATHS.indicators) + 'x_rate,x,x,product,t,%,higher,(unclosed,\n'),
          ),
        /indicators.csv line \d+: wording "\(unclosed" is not a valid regular expression/,
      ],
    ])('%s', (_name, spoil, message) => {
      const files = realFiles();
      spoil(files);
      expect(failure(files).message).toMatch(message);
    });
  });

  it('publishes every outcome with its Chinese words, keyed by outcome key', () => {
    const { outcomes, outcomeTranslations } = buildDataset({ files: realFiles() });
    expect(outcomeTranslations.size).toBe(outcomes.length);
    // Taiyuan's 2018 bulletin: the mirror garbles the unit, as the caveat says in both languages.
    const taiyuan = outcomeTranslations.get('taiyuan|pm25_concentration|2018|annual');
    expect(taiyuan?.caveat_zh).toContain('乱码');
    expect(outcomes.find((o) => o.city_id === 'taiyuan' && o.year === 2018)?.caveat).toContain('garbled');
  });

  it('applies overrides, marks them corrected and counts them', () => {
    const files = realFiles();
    files.set(
      PATHS.overrides,
      utf8(
        'target_id,field,value,reason\ntaiyuan-2014-001,domain,foundation,test\ntaiyuan-2014-001,value,95,confirmed from the quote\ntaiyuan-2014-004,review,reviewed,checked by hand\n',
      ),
    );
    const { targets, report } = buildDataset({ files });
    expect(targets.find((t) => t.target_id === 'taiyuan-2014-001')).toMatchObject({
      domain: 'foundation',
      value: 95,
      review: 'corrected',
    });
    expect(targets.find((t) => t.target_id === 'taiyuan-2014-004')!.review).toBe('reviewed');
    expect(report.overrides.applied).toBe(3);
    // The report lists the overrides themselves, not every record.
    expect(report.overrides.changes.map((o) => [o.target_id, o.field, o.value, o.reason])).toEqual([
      ['taiyuan-2014-001', 'domain', 'foundation', 'test'],
      ['taiyuan-2014-001', 'value', '95', 'confirmed from the quote'],
      ['taiyuan-2014-004', 'review', 'reviewed', 'checked by hand'],
    ]);
    expect(Object.keys(report.overrides).sort()).toEqual(['applied', 'changes', 'excluded']);
  });
});
