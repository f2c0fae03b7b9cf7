/** Targets stated in tables: rows of an indicator table (指标名称 | 单位 | 2015年 | 2020年 | 属性) become records. */
import { classifyTarget } from './classify.ts';
import { findYearPhrases, parseParagraphs, type Span } from './structure.ts';
import { parseUnit } from './units.ts';
import type { Comparator, Indicator, TargetRecord, YearBasis } from './types.ts';

/** How the document reader writes a table row into the plan's text: its cells joined by this. */
export const CELL_SEPARATOR = ' | ';

/** A row of a table in the text: the line and its cells. */
export interface TableRow extends Span {
  cells: Span[];
}

/** Consecutive rows: one table. */
export interface TextTable {
  rows: TableRow[];
}

/** Tables in a plan's text: runs of lines with at least two cell separators (three cells). */
export function findTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  let current: TableRow[] = [];
  let start = 0;
  const close = () => {
    if (current.length) tables.push({ rows: current });
    current = [];
  };
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const parts = line.split(CELL_SEPARATOR);
    if (parts.length >= 3) {
      const cells: Span[] = [];
      let at = start;
      for (const part of parts) {
        cells.push({ start: at, end: at + part.length });
        at += part.length + CELL_SEPARATOR.length;
      }
      current.push({ start, end, cells });
    } else close();
    start = end + 1;
  }
  close();
  return tables;
}

type Role =
  | 'indicator'
  | 'unit'
  | 'attribute'
  | 'category'
  | 'lead'
  | 'year'
  | 'serial'
  | 'target'
  | 'baseline'
  | 'other';

interface Column {
  role: Role;
  /** The year a target or baseline column is for, from its header (2020年, 2020年目标). */
  year: number | null;
}

const YEAR = /((?:19|20)\d{2})\s*年?/;
const BASELINE_WORDS = /基期|基数|基准|现状|现值|基础值|基础|实际|完成值|现有|起点|基年/;
const TARGET_WORDS = /目标|预期|规划|指标值|计划|达到|数值|值$/;

function roleOf(header: string, issueYear: number | null, earliestHorizon: number | null): Column {
  const h = header.replace(/\s/g, '');
  if (!h) return { role: 'other', year: null };
  if (/^序号$|^编号$|^序$/.test(h)) return { role: 'serial', year: null };
  if (/单位$|^单位|计量单位/.test(h) && !/责任单位|牵头单位|实施单位/.test(h))
    return { role: 'unit', year: null };
  if (/属性|性质/.test(h)) return { role: 'attribute', year: null };
  if (/牵头|责任单位|责任部门|主管部门|负责单位|实施单位/.test(h)) return { role: 'lead', year: null };
  const year = YEAR.exec(h);
  if (year) {
    const y = Number(year[1]);
    if (BASELINE_WORDS.test(h)) return { role: 'baseline', year: y };
    if (/年份|年度$|时限|时间/.test(h) && !TARGET_WORDS.test(h)) return { role: 'year', year: null };
    if (TARGET_WORDS.test(h)) return { role: 'target', year: y };
    const reference = issueYear ?? earliestHorizon;
    return { role: reference !== null && y < reference ? 'baseline' : 'target', year: y };
  }
  if (/^年份$|^年度$|完成时限|时限|完成时间|完成年限/.test(h)) return { role: 'year', year: null };
  if (/指标值|目标值|预期值|规划值/.test(h)) return { role: 'target', year: null };
  if (BASELINE_WORDS.test(h)) return { role: 'baseline', year: null };
  if (/指标|名称|项目|内容/.test(h) && !TARGET_WORDS.test(h.replace(/指标值/, '')))
    return { role: 'indicator', year: null };
  if (/类别|领域|分类|方面|类型/.test(h)) return { role: 'category', year: null };
  if (TARGET_WORDS.test(h)) return { role: 'target', year: null };
  return { role: 'other', year: null };
}

/** A value cell: 95, ≥95%, 95%以上, ≤0.2, 30-32, 80左右. */
const VALUE =
  /^(≥|≧|>=|>|＞|大于|不低于|不少于|高于|超过|≤|≦|<=|<|＜|小于|不高于|不超过|低于|控制在|约)?(\d+(?:,\d{3})*(?:\.\d+)?)([^\d\s]{0,8}?)(?:(?:-|~|～|—|–|至|到)+(\d+(?:,\d{3})*(?:\.\d+)?))?([^\d\s]{0,8}?)(及以上|以上|以下|以内|左右|上下)?$/;

interface CellValue {
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unitText: string;
}

const AT_LEAST = /^(?:≥|≧|>=|>|＞|大于|不低于|不少于|高于|超过)$/;

/** Read a value cell; null when it states nothing (empty, —, /, 无). */
export function parseValueCell(cell: string): CellValue | null {
  const c = cell.replace(/\s/g, '');
  if (!c || /^[-—–/\\*×xX无暂缺]+$/.test(c)) return null;
  const m = VALUE.exec(c);
  if (!m)
    return /\d/.test(c) ? null : { comparator: 'qualitative', value: null, valueMax: null, unitText: '' };
  const value = Number(m[2]!.replace(/,/g, ''));
  const max = m[4] !== undefined ? Number(m[4].replace(/,/g, '')) : null;
  const unitText = m[5] || m[3] || '';
  let comparator: Comparator = '=';
  if (max !== null && max > value) comparator = 'range';
  else if (m[1] && AT_LEAST.test(m[1])) comparator = '>=';
  else if (m[1] === '约') comparator = '~';
  else if (m[1]) comparator = '<=';
  else if (m[6]) comparator = m[6].endsWith('以上') ? '>=' : m[6] === '左右' || m[6] === '上下' ? '~' : '<=';
  return { comparator, value, valueMax: comparator === 'range' ? max : null, unitText };
}

/** A unit written in the indicator's name: 产品质量合格率(%), 万人发明专利拥有量(件/万人). */
const NAME_UNIT = /[(（]([^()（）]{1,12})[)）]$/;

function unitOf(...candidates: string[]): { unit: string | null; unitZh: string | null } {
  for (const c of candidates) {
    const text = c.replace(/\s/g, '');
    if (!text) continue;
    const u = parseUnit(text);
    if (u.unit && !u.excluded) return { unit: u.unit, unitZh: u.unitZh };
  }
  return { unit: null, unitZh: null };
}

export interface TableTargetOptions {
  docId: string;
  cityId: string;
  horizonYears: number[];
  issueYear?: number | null;
  indicators: readonly Indicator[];
}

interface IndicatorTable {
  table: TextTable;
  headerRows: number;
  columns: Column[];
}

/** Header cells of a table, joining a second header row (years under a spanning 目标值) into the first. */
function headerOf(text: string, table: TextTable): { cells: string[]; rows: number } {
  const cellText = (row: TableRow) => row.cells.map((c) => text.slice(c.start, c.end).trim());
  const first = cellText(table.rows[0]!);
  const second = table.rows[1] ? cellText(table.rows[1]) : null;
  const isHeaderLike = (cells: string[]) =>
    cells.some((c) => YEAR.test(c) || BASELINE_WORDS.test(c) || TARGET_WORDS.test(c)) &&
    !cells.some(
      (c) => parseValueCell(c)?.value !== undefined && parseValueCell(c)?.value !== null && !YEAR.test(c),
    );
  if (second && isHeaderLike(second) && table.rows.length > 2) {
    let spanning = '';
    const cells = first.map((c, i) => {
      if (c) spanning = c;
      const above = c || (second[i] ? spanning : '');
      return `${above}${second[i] ?? ''}`;
    });
    return { cells, rows: 2 };
  }
  return { cells: first, rows: 1 };
}

/** The table as an indicator table (an indicator column and at least one target column), or null. */
function asIndicatorTable(
  text: string,
  table: TextTable,
  options: TableTargetOptions,
): IndicatorTable | null {
  if (table.rows.length < 2) return null;
  const header = headerOf(text, table);
  const earliest = options.horizonYears.length ? Math.min(...options.horizonYears) : null;
  const columns = header.cells.map((h) => roleOf(h, options.issueYear ?? null, earliest));
  if (!columns.some((c) => c.role === 'target')) return null;
  if (!columns.some((c) => c.role === 'indicator')) {
    // Without a named indicator column, the first text column after a serial number names the indicator.
    const first = columns.findIndex((c) => c.role === 'other' || c.role === 'category');
    if (first < 0) return null;
    columns[first] = { role: 'indicator', year: null };
  }
  return { table, headerRows: header.rows, columns };
}

/**
 * Records for the rows of indicator tables. Each target column of a row (a year column, or a 目标值
 * column whose year comes from a year column, the section or the document) gives one record whose
 * quote is the whole row; baseline columns (基期, 2015年基数, 现状值, a year before the plan) give none.
 * `shadow` is the simplified text; `masked` the same with table rows masked (maskTables), for section
 * headings and years.
 */
export function extractTableTargets(
  text: string,
  shadow: string,
  masked: string,
  tables: readonly TextTable[],
  options: TableTargetOptions,
): Omit<TargetRecord, 'target_id'>[] {
  const indicatorTables = tables
    .map((t) => asIndicatorTable(text, t, options))
    .filter((t): t is IndicatorTable => t !== null);
  if (!indicatorTables.length) return [];
  const paragraphs = parseParagraphs(masked);
  const documentYear = options.horizonYears.length ? Math.max(...options.horizonYears) : null;
  const records: Omit<TargetRecord, 'target_id'>[] = [];

  for (const { table, headerRows, columns } of indicatorTables) {
    const firstRow = table.rows[0]!;
    // The paragraph of the table's first row carries the heading path the table sits under.
    const at = paragraphs.findIndex((p) => p.start === firstRow.start);
    const para = paragraphs[at];
    const headings = para?.headings ?? [];
    const section = headings.map((h) => h.title).join(' › ');
    let sectionYear: number | null = null;
    for (let i = headings.length - 1; i >= 0 && sectionYear === null; i--) sectionYear = headings[i]!.year;
    // A deadline stated in the section's text just before the table (到2020年,主要指标如下表).
    for (let p = at - 1; p >= 0 && sectionYear === null; p--) {
      const before = paragraphs[p]!;
      if (before.headingEnd !== null) break;
      const phrases = findYearPhrases(masked, before);
      if (phrases.length) sectionYear = phrases[phrases.length - 1]!.year;
    }

    let category = '';
    for (const row of table.rows.slice(headerRows)) {
      const cell = (role: Role) => {
        const i = columns.findIndex((c) => c.role === role);
        const span = i >= 0 ? row.cells[i] : undefined;
        return span ? text.slice(span.start, span.end).trim() : '';
      };
      const nameCell = cell('indicator');
      if (!nameCell || /^(?:合计|小计|总计)$/.test(nameCell)) continue;
      const nameUnit = NAME_UNIT.exec(nameCell);
      const indicatorZh = nameUnit ? nameCell.slice(0, nameUnit.index).trim() : nameCell;
      const nameStart = text.indexOf(
        indicatorZh,
        row.cells[columns.findIndex((c) => c.role === 'indicator')]!.start,
      );
      const shadowName = shadow.slice(nameStart, nameStart + indicatorZh.length);
      const rowYear = YEAR.exec(cell('year'));
      // A category cell merged down over several rows is written once, in its first row.
      category = cell('category') || category;
      const lead = cell('lead') || null;
      for (const [i, column] of columns.entries()) {
        if (column.role !== 'target') continue;
        const span = row.cells[i];
        if (!span) continue;
        const parsed = parseValueCell(text.slice(span.start, span.end));
        if (!parsed) continue;
        const { unit, unitZh } = unitOf(parsed.unitText, cell('unit'), nameUnit?.[1] ?? '');
        let comparator = parsed.comparator;
        if (comparator === '=' && /(?:下降|降低|减少|压减)(?:率|幅度)?$/.test(shadowName))
          comparator = 'decrease_by';
        else if (comparator === '=' && /(?:提高|提升|增加)$/.test(shadowName)) comparator = 'increase_by';
        let year: number | null;
        let basis: YearBasis;
        if (column.year !== null) [year, basis] = [column.year, 'explicit'];
        else if (rowYear) [year, basis] = [Number(rowYear[1]), 'explicit'];
        else if (sectionYear !== null) [year, basis] = [sectionYear, 'section'];
        else [year, basis] = [documentYear, 'document'];
        const classified = classifyTarget({
          indicatorZh: shadowName,
          clause: shadow.slice(row.start, row.end),
          section: category ? `${section} › ${category}` : section,
          unit,
          comparator,
          indicators: options.indicators,
        });
        records.push({
          doc_id: options.docId,
          city_id: options.cityId,
          domain: classified.domain,
          topic: classified.topic,
          indicator_id: classified.indicatorId,
          indicator_zh: indicatorZh,
          indicator_en: classified.indicatorEn,
          comparator,
          value: parsed.value,
          value_max: parsed.valueMax,
          unit,
          unit_zh: unitZh,
          target_year: year,
          year_basis: basis,
          is_new_count: /新增|新建|新认定|新培育|累计/.test(shadowName),
          quote: text.slice(row.start, row.end),
          quote_start: row.start,
          quote_end: row.end,
          section,
          lead_department: lead,
          review: 'auto',
        });
      }
    }
  }
  return records;
}

/**
 * The shadow text the sentence rules read: rows of indicator tables blanked (their records come from
 * the table), and in other tables (task lists with a 牵头单位 column) each cell separator made a
 * clause break, so a quote never runs from one cell into the next. Same length as the text.
 */
export function maskTables(
  text: string,
  shadow: string,
  tables: readonly TextTable[],
  options: TableTargetOptions,
): string {
  if (!tables.length) return shadow;
  let out = '';
  let last = 0;
  for (const table of tables) {
    const indicator = asIndicatorTable(text, table, options) !== null;
    for (const row of table.rows) {
      out += shadow.slice(last, row.start);
      const line = shadow.slice(row.start, row.end);
      out += indicator ? ' '.repeat(line.length) : line.split(CELL_SEPARATOR).join(' ; ');
      last = row.end;
    }
  }
  return out + shadow.slice(last);
}

/** Lead departments named in a task table's 牵头单位 column, for the rows whose sentences gave records. */
export function leadDepartmentsOfRows(
  text: string,
  tables: readonly TextTable[],
): { row: Span; lead: string }[] {
  const out: { row: Span; lead: string }[] = [];
  for (const table of tables) {
    const header = headerOf(text, table);
    const col = header.cells.findIndex((h) => /牵头|责任单位|责任部门|负责单位/.test(h));
    if (col < 0) continue;
    for (const row of table.rows.slice(header.rows)) {
      const span = row.cells[col];
      const lead = span ? text.slice(span.start, span.end).trim() : '';
      if (lead) out.push({ row, lead });
    }
  }
  return out;
}
