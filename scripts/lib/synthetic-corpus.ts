/**
 * A synthetic corpus for scale benchmarks, made from the seed plans' own sections and sentences: seeded and
 * deterministic, every city, plan and outcome marked synthetic (ids `synthetic-0001`, titles `合成样例：…`), and
 * only ever written to a scratch directory (scripts/bench-scale.ts), never into data/ or public/.
 */

import { decodeDocument } from '../../src/lib/extract/decode.ts';
import { cleanDocument, extractPlan, type Indicator } from '../../src/lib/extract/index.ts';
import { MANIFEST_COLUMNS, parseManifest, type ManifestEntry } from '../../src/lib/build/manifest.ts';
import { formatCsvRow, parseCsvTable } from '../../src/lib/build/read-csv.ts';
import { CITY_COLUMNS, parseIndicatorsCsv } from '../../src/lib/build/reference-tables.ts';
import { PATHS } from '../../src/lib/build/dataset.ts';

/** The seed data a corpus is made from: the contents of data/ files, by path relative to the project root. */
export type SeedFiles = ReadonlyMap<string, Uint8Array | string>;

/** How big a corpus is and which random stream makes it. */
export interface CorpusOptions {
  cities: number;
  plansPerCity: number;
  /** The average number of records (targets and qualitative commitments) a plan should extract to. */
  recordsPerPlan: number;
  seed: number;
}

/** Today's published dataset: 5 plans, 164 records. */
export const SEED_RECORDS = 164;

/**
 * A corpus `scale` times today's records: 0.3 × scale cities of 10 plans each (300 cities × 10 plans at
 * 1,000×), plans longer than the seeds' average so records grow exactly with the scale.
 */
export function createScaleOptions(scale: number, seed = 1): CorpusOptions {
  const cities = Math.max(1, Math.round(0.3 * scale));
  const plansPerCity = 10;
  return { cities, plansPerCity, recordsPerPlan: (SEED_RECORDS * scale) / (cities * plansPerCity), seed };
}

/** One file of a corpus, relative to its project root (`data/sources/synthetic-0001-01.txt`). */
export interface CorpusFile {
  path: string;
  text: string;
}

/** A top-level section (一、…) of a seed plan and how many records the seed's extraction found in it. */
interface SeedSection {
  seed: number;
  lines: string[];
  records: number;
}

/** A seed plan split into what precedes its first top-level heading and its top-level sections. */
interface SeedPlan {
  entry: ManifestEntry;
  /** The plan's own year, which its text's years are shifted from. */
  year: number;
  stem: string;
  front: string[];
  sections: SeedSection[];
}

/** Everything a corpus is built from, read once from the seed files. */
export interface SeedCorpus {
  plans: SeedPlan[];
  /** Sections with at least one record, from every seed: what plans draw their targets from. */
  targetSections: SeedSection[];
  /** Lead departments the seeds name, each a single body (市质监局). */
  departments: string[];
  outcomeColumns: string[];
  /** Outcome rows of each seed city, by city_id. */
  outcomes: Map<string, Record<string, string>[]>;
  /** Files copied unchanged (indicators, references). */
  copied: CorpusFile[];
}

const TOP_HEADING = /^[一二三四五六七八九十]+、/;
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Two characters a name, none of them a numeral, a unit or an administrative suffix the extraction reads. */
const STEM_FIRST = [...'青岚松桐澄澜枫榆桦柏溪潭岱峦浔泓璟琅珂瑜'];
const STEM_SECOND = [...'川原阳宁安湖江泉城林谷塘洲陵平丰和昌邑台'];
const SYNTHETIC_TITLE = '合成样例：';
const SYNTHETIC_LINE = '合成样例(Synthetic sample for benchmarks: not a real plan)';

function readText(files: SeedFiles, path: string): string {
  const content = files.get(path);
  if (content === undefined) throw new Error(`${path} is missing from the seed files`);
  return typeof content === 'string' ? content : decodeDocument(content).text;
}

/** A Chinese numeral for a section number, 1–99 (一、… 十一、…). */
export function formatChineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[n % 10]}`;
}

/** mulberry32: a small, fast, seeded generator with a 2^32 period, enough for picking and jittering. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed of its own for each (corpus seed, city, plan), so a plan does not depend on the plans before it. */
function mixSeed(...parts: number[]): number {
  let h = 2166136261;
  for (const part of parts) h = Math.imul(h ^ (part >>> 0), 16777619) ^ (h >>> 13);
  return h >>> 0;
}

function shuffle<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads the seed plans, their sections with record counts, departments and outcomes. */
export function readSeedCorpus(files: SeedFiles): SeedCorpus {
  const indicators: Indicator[] = parseIndicatorsCsv(readText(files, PATHS.indicators), {
    file: PATHS.indicators,
  }).rows;
  const manifest = parseManifest(readText(files, PATHS.manifest), PATHS.manifest);
  const departments = new Set<string>();
  const plans = manifest.map((entry, index): SeedPlan => {
    const text = cleanDocument(readText(files, PATHS.sources + entry.file));
    const year = entry.issue_date ? Number(entry.issue_date.slice(0, 4)) : (entry.horizon_years[0] ?? 2015);
    const { records } = extractPlan(text, {
      docId: entry.doc_id,
      cityId: entry.city_id,
      horizonYears: entry.horizon_years,
      issueYear: year,
      indicators,
    });
    for (const record of records)
      for (const body of (record.lead_department ?? '').split('、'))
        if (/^市.+/.test(body)) departments.add(body);
    // Records are counted in the section their quote starts in, with the offsets of the whole seed text.
    const front: string[] = [];
    const sections: (SeedSection & { start: number; end: number })[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      if (TOP_HEADING.test(line))
        sections.push({ seed: index, lines: [], records: 0, start: offset, end: offset });
      const section = sections[sections.length - 1];
      (section?.lines ?? front).push(line);
      offset += line.length + 1;
      if (section) section.end = offset;
    }
    for (const section of sections)
      section.records = records.filter(
        (r) => r.quote_start >= section.start && r.quote_start < section.end,
      ).length;
    return {
      entry,
      year,
      stem: entry.city_zh.replace(/[市州县盟]$/, ''),
      front,
      sections: sections.map(({ seed, lines, records }) => ({ seed, lines, records })),
    };
  });
  const outcomesTable = parseCsvTable(readText(files, `${PATHS.outcomes}city-outcomes.csv`));
  const outcomes = new Map<string, Record<string, string>[]>();
  for (const { values } of outcomesTable.records) {
    const rows = outcomes.get(values.city_id ?? '') ?? [];
    rows.push(values);
    outcomes.set(values.city_id ?? '', rows);
  }
  return {
    plans,
    targetSections: plans.flatMap((plan) => plan.sections.filter((s) => s.records > 0)),
    departments: [...departments].sort(),
    outcomeColumns: outcomesTable.columns,
    outcomes,
    copied: [PATHS.indicators, PATHS.references].map((path) => ({ path, text: readText(files, path) })),
  };
}

/** A synthetic city's Chinese name stem: two characters, three past 400 cities. */
export function buildCityStem(index: number): string {
  const first = STEM_FIRST[index % STEM_FIRST.length] as string;
  const second = STEM_SECOND[Math.floor(index / STEM_FIRST.length) % STEM_SECOND.length] as string;
  const round = Math.floor(index / (STEM_FIRST.length * STEM_SECOND.length));
  return round === 0 ? first + second : first + (STEM_FIRST[round % STEM_FIRST.length] as string) + second;
}

/** `synthetic-0001` for the first city. */
export function buildCityId(index: number): string {
  return `synthetic-${String(index + 1).padStart(4, '0')}`;
}

/** Shifts every year written as a year (before 年, inside 〔〕 or [], or opening a range) by `offset`. */
export function shiftYears(text: string, offset: number): string {
  if (offset === 0) return text;
  return text.replace(/(?<!\d)((?:19[89]|20[0-4])\d)(?=年|〕|\]|】|[-—－~～至])/g, (year) =>
    String(Number(year) + offset),
  );
}

function formatLike(value: number, original: string): string {
  const decimals = original.includes('.') ? original.length - original.indexOf('.') - 1 : 0;
  return value.toFixed(decimals);
}

/**
 * Varies the numbers a target states: a percentage by a few points (never past 100 when it was at most
 * 100), a count of items (项, 个, 家…) by up to ±40 %. List markers, ordinals (第…) and years stay.
 */
export function varyNumbers(text: string, random: () => number): string {
  const percent = text.replace(/(?<![\d.第])(\d+(?:\.\d+)?)(?=%|％)/g, (number) => {
    const value = Number(number);
    if (value === 0) return number;
    const varied =
      value >= 80 && value <= 100
        ? Math.min(100, value + Math.round((random() - 0.5) * 6))
        : value * (0.8 + random() * 0.4);
    return formatLike(Math.max(varied, 10 ** -(number.split('.')[1]?.length ?? 0)), number);
  });
  return percent.replace(/(?<![\d.第])(\d+)(?=(?:项|个|家|件|所|座|条|批))/g, (number) => {
    const value = Number(number);
    if (value < 3 || (value >= 1980 && value <= 2049)) return number;
    return String(Math.max(1, Math.round(value * (0.6 + random() * 0.8))));
  });
}

const ITEM_HEADING = /^\(([一二三四五六七八九十]+)\)/;

/**
 * Reorders the numbered items ((一)…(十)) of a section, each with the lines under it, and renumbers them:
 * the same sentences in another order, as plans of different years arrange the same tasks.
 */
export function reorderItems(lines: readonly string[], random: () => number): string[] {
  const lead: string[] = [];
  const items: string[][] = [];
  for (const line of lines) {
    if (ITEM_HEADING.test(line)) items.push([line]);
    else (items[items.length - 1] ?? lead).push(line);
  }
  if (items.length < 2) return [...lines];
  return [
    ...lead,
    ...shuffle(random, items).flatMap(([first = '', ...rest], i) => [
      first.replace(ITEM_HEADING, `(${formatChineseNumber(i + 1)})`),
      ...rest,
    ]),
  ];
}

/** One synthetic plan: its text, its manifest row and the records its sections held in their seeds. */
export interface SyntheticPlan {
  entry: Omit<ManifestEntry, 'line'>;
  /** The seed plan whose front matter, prose and outcomes it takes. */
  base: number;
  /** The plan's year minus its base seed's year. */
  offset: number;
  text: string;
  /** The records its sections held in their seed plans: what extraction should find again. */
  expectedRecords: number;
}

/**
 * One plan of a city. `carry` is what the city's plans so far fell short of their aims (negative when they
 * went over): sections come in lumps of 1 to 61 records, and carrying the difference keeps a city's total
 * near its plans × recordsPerPlan.
 */
function buildPlan(
  corpus: SeedCorpus,
  options: CorpusOptions,
  cityIndex: number,
  planIndex: number,
  carry: number,
): SyntheticPlan & { aim: number } {
  const random = createRandom(mixSeed(options.seed, cityIndex, planIndex));
  const baseIndex = Math.floor(random() * corpus.plans.length);
  const base = corpus.plans[baseIndex] as SeedPlan;
  // Plans of one city spread over 2011–2025, one every year or two, as a city's successive plans do.
  const span = 15 / options.plansPerCity;
  const year = 2011 + Math.floor(planIndex * span + random() * Math.max(1, span));
  const stem = buildCityStem(cityIndex);
  const cityId = buildCityId(cityIndex);
  const number = planIndex + 1;

  // Targets: sections drawn from every seed until the plan holds about its share of records.
  const ownAim = options.recordsPerPlan * (0.7 + random() * 0.6);
  const aim = ownAim + carry;
  const chosen: SeedSection[] = [];
  let expected = 0;
  const pool = shuffle(random, corpus.targetSections);
  for (const section of pool) {
    // Taken only if the plan ends nearer its aim with it than without, so plans do not overshoot on average.
    if (expected > 0 && Math.abs(aim - expected - section.records) >= Math.abs(aim - expected)) continue;
    chosen.push(section);
    expected += section.records;
  }
  const firstTarget = base.sections.findIndex((s) => s.records > 0);
  const opening = base.sections.slice(0, Math.max(0, firstTarget)).filter((s) => s.records === 0);
  const closing = base.sections.slice(firstTarget + 1).filter((s) => s.records === 0);

  // Each plan names the same bodies in another arrangement: 市质监局 in one is 市商务局 in another.
  const departments = corpus.departments;
  const arranged = shuffle(random, departments);
  const renamed = new Map(departments.map((d, i) => [d, arranged[i] as string]));
  const departmentPattern = departments.length
    ? new RegExp(
        [...departments]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|'),
        'g',
      )
    : null;
  // Full names first (临夏州 → 青川市), then the bare stems (杭州特色 → 青川特色).
  const names = new RegExp(
    [...corpus.plans.map((p) => p.entry.city_zh), ...corpus.plans.map((p) => p.stem)]
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  const rename = (text: string) =>
    text.replace(names, (name) => (name.length > 2 && /[市州县盟]$/.test(name) ? `${stem}市` : stem));
  const rewrite = (lines: readonly string[], seedYear: number): string[] =>
    lines.map((line) => {
      let out = rename(shiftYears(line, year - seedYear));
      if (departmentPattern) out = out.replace(departmentPattern, (d) => renamed.get(d) ?? d);
      return varyNumbers(out, random);
    });

  const offset = year - base.year;
  const docNumber = `${stem.slice(0, 1)}政办发〔${year}〕${1 + Math.floor(random() * 120)}号`;
  const front = rewrite(base.front, base.year).map((line) =>
    base.entry.doc_number ? line.split(shiftYears(base.entry.doc_number, offset)).join(docNumber) : line,
  );
  const sections = [...opening, ...chosen, ...closing].map((section, i) => {
    const seedYear = (corpus.plans[section.seed] as SeedPlan).year;
    const [heading = '', ...rest] = rewrite(section.lines, seedYear);
    const body = random() < 0.5 ? reorderItems(rest, random) : rest;
    return [heading.replace(TOP_HEADING, `${formatChineseNumber(i + 1)}、`), ...body];
  });
  const text = [SYNTHETIC_LINE, ...front, ...sections.flat()].join('\n') + '\n';

  const retitle = (value: string | null) => (value === null ? null : rename(shiftYears(value, offset)));
  const horizon = base.entry.horizon_years.map((y) => y + offset);
  const entry: Omit<ManifestEntry, 'line'> = {
    doc_id: `${cityId}-${String(number).padStart(2, '0')}`,
    file: `${cityId}-${String(number).padStart(2, '0')}.txt`,
    city_id: cityId,
    city_zh: `${stem}市`,
    city_en: `Synthetic City ${cityIndex + 1}`,
    province: `合成省${String(Math.floor(cityIndex / 10) + 1).padStart(2, '0')}`,
    admin_level: 'prefecture-level city',
    title: `${SYNTHETIC_TITLE}${retitle(base.entry.title) ?? `${stem}市质量发展规划`}`,
    notice_title: retitle(base.entry.notice_title),
    issuing_body: retitle(base.entry.issuing_body),
    doc_number: docNumber,
    issue_date: `${year}${base.entry.issue_date?.slice(4) ?? '-06-30'}`.replace(/-02-29$/, '-02-28'),
    kind: base.entry.kind,
    horizon_years: horizon.length ? horizon : [year + 2],
  };
  return { entry, base: baseIndex, offset, text, expectedRecords: expected, aim: ownAim };
}

function csvLine(cells: readonly (string | number | null)[]): string {
  return `${formatCsvRow(cells.map((c) => (c === null ? '' : String(c))))}\n`;
}

/** The outcomes of a synthetic city: its plans' base seeds' outcomes, moved to its years and varied. */
function buildOutcomeLines(
  corpus: SeedCorpus,
  plans: readonly SyntheticPlan[],
  random: () => number,
): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const plan of plans) {
    const seedCity = (corpus.plans[plan.base] as SeedPlan).entry.city_id;
    for (const row of corpus.outcomes.get(seedCity) ?? []) {
      const year = Number(row.year) + plan.offset;
      const period = (row.period ?? '').replace(/\d{4}/g, (y) => String(Number(y) + plan.offset));
      const key = [row.indicator_id, year, period].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const original = row.value ?? '0';
      const value = formatLike(Number(original) * (0.9 + random() * 0.2), original);
      const out: Record<string, string> = {
        ...row,
        city_id: plan.entry.city_id,
        target_id: '',
        year: String(year),
        period,
        value,
        as_of: (row.as_of ?? '').replace(/\d{4}/, (y) => String(Number(y) + plan.offset)),
        source_title: `Synthetic sample (not a real source), after: ${row.source_title ?? ''}`,
        source_url: '',
        // A source must be quoted: the synthetic sentence that states the synthetic value.
        quote: `${SYNTHETIC_TITLE}${row.indicator_zh ?? row.indicator_id ?? ''} ${year}年为${value}${row.unit ?? ''}`,
        notes: 'Synthetic outcome for scale benchmarks.',
      };
      lines.push(csvLine(corpus.outcomeColumns.map((c) => out[c] ?? '')));
    }
  }
  return lines;
}

/** What a corpus holds once generated. */
export interface CorpusSummary {
  cities: number;
  plans: number;
  /** The records the plans' sections held in their seeds: what extraction should find. */
  expectedRecords: number;
  textChars: number;
  outcomes: number;
}

/**
 * Every file of a synthetic project's data/ folder, one at a time (a 1,000× corpus is about 100 MB of text):
 * the plans, then the manifest, cities, outcomes and the unchanged indicators and references. The summary is
 * complete once the generator is done.
 */
export function* generateSyntheticCorpus(
  corpus: SeedCorpus,
  options: CorpusOptions,
  summary: CorpusSummary = { cities: 0, plans: 0, expectedRecords: 0, textChars: 0, outcomes: 0 },
): Generator<CorpusFile> {
  const manifest = [MANIFEST_COLUMNS.join(',') + '\n'];
  const cities = [CITY_COLUMNS.join(',') + '\n'];
  const outcomes = [corpus.outcomeColumns.join(',') + '\n'];
  for (let c = 0; c < options.cities; c += 1) {
    const plans: SyntheticPlan[] = [];
    let carry = 0;
    for (let p = 0; p < options.plansPerCity; p += 1) {
      const plan = buildPlan(corpus, options, c, p, carry);
      carry += plan.aim - plan.expectedRecords;
      plans.push(plan);
      summary.plans += 1;
      summary.expectedRecords += plan.expectedRecords;
      summary.textChars += plan.text.length;
      const e = plan.entry;
      manifest.push(
        csvLine(
          MANIFEST_COLUMNS.map((column) =>
            column === 'horizon_years' ? e.horizon_years.join(';') : e[column],
          ),
        ),
      );
      yield { path: PATHS.sources + e.file, text: plan.text };
    }
    const first = plans[0] as SyntheticPlan;
    const province = first.entry.province ?? '';
    cities.push(
      csvLine([
        first.entry.city_id,
        first.entry.city_zh,
        first.entry.city_en,
        province,
        `Synthetic Province ${province.slice(-2)}`,
        'prefecture-level city',
        null,
        null,
        null,
      ]),
    );
    const lines = buildOutcomeLines(corpus, plans, createRandom(mixSeed(options.seed, c, 0x0c0e)));
    summary.outcomes += lines.length;
    outcomes.push(...lines);
    summary.cities += 1;
  }
  yield { path: PATHS.manifest, text: manifest.join('') };
  yield { path: PATHS.cities, text: cities.join('') };
  yield { path: `${PATHS.outcomes}city-outcomes.csv`, text: outcomes.join('') };
  yield { path: PATHS.outcomeNotes, text: 'city_id,status,source_title,quote\n' };
  yield* corpus.copied;
}
