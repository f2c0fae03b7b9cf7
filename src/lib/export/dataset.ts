/**
 * The filtered dataset as files for other tools: its columns (names as published, types, definitions in both
 * languages), the README that travels with every file (what the rows are, the filters, the fields, the
 * sources, how to cite), and the CSV, XLSX and Parquet writers. Pure: no DOM.
 */

import { zipSync, strToU8 } from 'fflate';
import type { Lang } from '../i18n/lang.ts';
import { buildCsv, neutraliseFormula, type CsvCell } from './write-csv.ts';

/** A column's type, as the files write it. */
export type DatasetColumnType = 'string' | 'double' | 'integer' | 'boolean';

/** One column of the dataset export. */
export interface DatasetColumn {
  /** As published (`targets` and the joined tables), so SQL, the files and DATA.md say the same. */
  name: string;
  type: DatasetColumnType;
  definition: Readonly<Record<Lang, string>>;
}

/** A column from its name, its type and its definition in English, then in Chinese. */
function column(name: string, type: DatasetColumnType, en: string, zh: string): DatasetColumn {
  return { name, type, definition: { en, zh } };
}

/** The columns, in order: a target record with its plan, city, canonical indicator and attainment status. */
export const DATASET_COLUMNS: readonly DatasetColumn[] = [
  column(
    'target_id',
    'string',
    'Record id: `{doc_id}-{NNN}`, in document order.',
    '记录编号：`{doc_id}-{序号}`，按原文顺序。',
  ),
  column('doc_id', 'string', 'The plan (document) the record comes from.', '记录所出自的规划文件。'),
  column('plan_title', 'string', 'The plan’s title.', '规划文件标题。'),
  column('city_id', 'string', 'The city.', '城市编号。'),
  column('city_zh', 'string', 'The city’s Chinese name.', '城市中文名。'),
  column('city_en', 'string', 'The city’s English name.', '城市英文名。'),
  column(
    'domain',
    'string',
    'product, engineering, service, environment or foundation.',
    '领域：product（产品）、engineering（工程）、service（服务）、environment（环境）、foundation（质量基础）。',
  ),
  column('topic', 'string', 'A finer label inside the domain.', '领域内的细分主题。'),
  column(
    'indicator_id',
    'string',
    'The canonical indicator, where cities can be compared (empty if none).',
    '可跨城市比较的规范指标编号（无则为空）。',
  ),
  column('indicator_name_zh', 'string', 'The canonical indicator’s Chinese name.', '规范指标中文名。'),
  column('indicator_name_en', 'string', 'The canonical indicator’s English name.', '规范指标英文名。'),
  column('indicator_zh', 'string', 'The measured quantity as the plan words it.', '规划原文中的指标表述。'),
  column('indicator_en', 'string', 'A short English name of that wording.', '该表述的英文简称。'),
  column(
    'comparator',
    'string',
    '>=, =, <=, ~ (about), range, increase_by, decrease_by, or qualitative (no number).',
    '比较方式：>=、=、<=、~（左右）、range（区间）、increase_by（提高）、decrease_by（降低）或 qualitative（定性，无数值）。',
  ),
  column(
    'value',
    'double',
    'The number the plan states (empty for qualitative commitments).',
    '规划写明的数值（定性承诺为空）。',
  ),
  column('value_max', 'double', 'The top of a range.', '区间上限。'),
  column(
    'unit',
    'string',
    'Unit: %, ‰, count, μg/m³, score, per_10k_people, …',
    '单位：%、‰、count（个数）、μg/m³、score（分）、per_10k_people（每万人）等。',
  ),
  column('unit_zh', 'string', 'The counting word as written (项, 个, 家 …).', '原文量词（项、个、家等）。'),
  column('target_year', 'integer', 'The year by which the target must hold.', '目标年份。'),
  column(
    'year_basis',
    'string',
    'Where the year comes from: explicit (the sentence), section (a heading) or document (the horizon).',
    '年份来源：explicit（原句写明）、section（所在章节）、document（文件期限）。',
  ),
  column(
    'is_new_count',
    'boolean',
    'True for additional counts (新增) rather than stocks.',
    '为新增数量（而非存量）时为 true。',
  ),
  column(
    'lead_department',
    'string',
    'The lead department (牵头部门) the plan names.',
    '规划写明的牵头部门。',
  ),
  column('section', 'string', 'The heading path the record sits under.', '记录所在的章节路径。'),
  column('quote', 'string', 'The exact source sentence.', '原文句子。'),
  column(
    'quote_start',
    'integer',
    'Where the quote starts in the plan’s cleaned text (UTF-16 offset).',
    '原文句子在规划清洗后文本中的起始位置（UTF-16 偏移）。',
  ),
  column('quote_end', 'integer', 'Where the quote ends.', '原文句子的结束位置。'),
  column(
    'review',
    'string',
    'auto, reviewed or corrected: whether a person has checked the record.',
    '核查状态：auto（自动）、reviewed（已核查）、corrected（已更正）。',
  ),
  column(
    'attainment_status',
    'string',
    'For quantitative targets: met, partly_met, missed, no_baseline, no_outcome, not_due or not_assessable, as of the dataset’s date.',
    '量化目标的达成状态（截至数据集日期）：met、partly_met、missed、no_baseline、no_outcome、not_due 或 not_assessable。',
  ),
  column(
    'origin',
    'string',
    'published, or yours for a record from a plan added in this browser.',
    'published（公开数据），或 yours（在本浏览器中添加的规划）。',
  ),
];

/** A row of the export: a value for each column, by name. */
export type DatasetRow = Readonly<Record<string, string | number | boolean | null>>;

/** What the README says about the export besides its fields. */
export interface ReadmeInput {
  lang: Lang;
  rowCount: number;
  /** The filters in words (one line each); empty for none. */
  filters: readonly string[];
  /** Titles of the plans the rows come from. */
  plans: readonly string[];
  datasetDate: string | null;
  /** How to cite the dataset, as the Methodology words it. */
  citation: string;
  /** The data file the README describes. */
  fileName: string;
}

/** The README that travels with every export, in the interface language. */
export function buildReadme(input: ReadmeInput): string {
  const zh = input.lang === 'zh';
  const lines = zh
    ? [
        '城市质量发展目标：筛选后的数据集',
        '',
        `文件：${input.fileName}`,
        `行：每行为规划中的一项目标或定性承诺，共 ${input.rowCount} 行；每个数字都可追溯到 quote 列中的原文句子。`,
        `筛选条件：${input.filters.length === 0 ? '无（全部记录）' : ''}`,
        ...input.filters.map((f) => `  - ${f}`),
        `数据集日期：${input.datasetDate ?? '未知'}`,
        '',
        '字段：',
        ...DATASET_COLUMNS.map((c) => `  ${c.name}（${c.type}）：${c.definition.zh}`),
        '',
        '来源（规划文件）：',
        ...input.plans.map((p) => `  《${p}》`),
        '',
        '引用方式：',
        `  ${input.citation}`,
        '  请同时引用数字所出自的规划原句（quote 列）。',
        '',
        '说明：以 = + - @ 开头的文本单元格前加了一个单引号，防止电子表格将其当作公式执行。',
      ]
    : [
        'City Quality Targets: the filtered dataset',
        '',
        `File: ${input.fileName}`,
        `Rows: one per target or qualitative commitment of a plan, ${input.rowCount} in all; every number traces to the source sentence in the quote column.`,
        `Filters: ${input.filters.length === 0 ? 'none (every record)' : ''}`,
        ...input.filters.map((f) => `  - ${f}`),
        `Dataset date: ${input.datasetDate ?? 'unknown'}`,
        '',
        'Fields:',
        ...DATASET_COLUMNS.map((c) => `  ${c.name} (${c.type}): ${c.definition.en}`),
        '',
        'Sources (plans):',
        ...input.plans.map((p) => `  ${p}`),
        '',
        'How to cite:',
        `  ${input.citation}`,
        '  Quote the plan sentence a number comes from as well (the quote column).',
        '',
        'Note: text cells that begin with = + - @ start with an apostrophe, so that spreadsheets do not run them as formulas.',
      ];
  return `${lines.join('\r\n')}\r\n`;
}

function readCell(row: DatasetRow, column: DatasetColumn): CsvCell {
  return row[column.name] ?? null;
}

/** The rows as CSV (UTF-8 with a byte-order mark, text cells neutralised). */
export function buildDatasetCsv(rows: readonly DatasetRow[]): string {
  return buildCsv(
    DATASET_COLUMNS.map((c) => c.name),
    rows.map((row) => DATASET_COLUMNS.map((column) => readCell(row, column))),
  );
}

/** A zip of a data file and its README (CSV and Parquet downloads). */
export function buildZip(files: Readonly<Record<string, Uint8Array | string>>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files))
    entries[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(entries, { level: 6 });
}

/** The rows as an XLSX workbook: a `targets` sheet and a `README` sheet (write-excel-file, loaded when asked). */
export async function buildDatasetXlsx(rows: readonly DatasetRow[], readme: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = DATASET_COLUMNS.map((c) => ({ value: c.name, type: String, fontWeight: 'bold' as const }));
  const data = rows.map((row) =>
    DATASET_COLUMNS.map((column) => {
      const value = row[column.name] ?? null;
      if (value === null) return null;
      if (typeof value === 'number') return { value, type: Number };
      if (typeof value === 'boolean') return { value, type: Boolean };
      return { value: neutraliseFormula(value), type: String };
    }),
  );
  const readmeRows = readme
    .split('\r\n')
    .filter((line, i, all) => i < all.length - 1 || line !== '')
    .map((line) => [line === '' ? null : { value: neutraliseFormula(line), type: String }]);
  return writeXlsxFile([
    { data: [header, ...data], sheet: 'targets', stickyRowsCount: 1 },
    { data: readmeRows, sheet: 'README', columns: [{ width: 120 }] },
  ]).toBlob();
}

const PARQUET_TYPES: Readonly<Record<DatasetColumnType, 'STRING' | 'DOUBLE' | 'INT32' | 'BOOLEAN'>> = {
  string: 'STRING',
  double: 'DOUBLE',
  integer: 'INT32',
  boolean: 'BOOLEAN',
};

/**
 * The rows as Parquet, written in JavaScript (hyparquet-writer, loaded when asked): the engine's `COPY … TO`
 * is closed by the locked configuration, and the published Parquet cannot be cut to the filters without a
 * reader. Values are written as they are (Parquet has types; nothing is neutralised).
 */
export async function buildDatasetParquet(rows: readonly DatasetRow[]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: DATASET_COLUMNS.map((column) => ({
      name: column.name,
      type: PARQUET_TYPES[column.type],
      nullable: true,
      data: rows.map((row) => row[column.name] ?? null),
    })),
    kvMetadata: [{ key: 'created_by_app', value: 'City Quality Targets' }],
  });
  return new Uint8Array(buffer);
}
