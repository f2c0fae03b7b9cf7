/** Read a plan saved as a Word file (.docx): paragraphs from their runs, headings from styles, list numbers, tables. */
import { Parser } from 'htmlparser2';
import type { RawBlock } from './assemble.ts';
import { unzipCapped } from './unzip.ts';

/** The parts of a .docx the reader needs. */
const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml'] as const;
type Part = (typeof PARTS)[number];

/** Why a Word file could not be unpacked: damaged, not a Word document, or too large once unpacked. */
export class DocxError extends Error {}

/**
 * Unpack the parts the reader needs, counting bytes as they are inflated so that a zip bomb (or a
 * header that lies about its sizes) stops at `maxBytes` instead of filling memory.
 */
export function unzipParts(bytes: Uint8Array, maxBytes: number): Partial<Record<Part, string>> {
  const { entries, names } = unzipCapped(bytes, {
    keep: (name) => (PARTS as readonly string[]).includes(name),
    maxBytes,
    file: 'the Word file',
    unreadable: (message) => `the Word file is damaged (${message})`,
    error: (message) => new DocxError(message),
  });
  if (!names) throw new DocxError('the file is not a Word document (an empty or damaged zip archive)');
  const out: Partial<Record<Part, string>> = {};
  const decoder = new TextDecoder('utf-8');
  for (const [part, joined] of entries) out[part as Part] = decoder.decode(joined);
  return out;
}

type Handlers = {
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

function parseXml(xml: string, handlers: Handlers): void {
  const parser = new Parser(
    {
      onopentag: (name, attrs) => handlers.open?.(name, attrs),
      onclosetag: (name) => handlers.close?.(name),
      ontext: (t) => handlers.text?.(t),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

interface Style {
  name: string;
  basedOn: string | null;
  outline: number | null;
  numId: string | null;
  ilvl: number | null;
}

/** Paragraph styles: name, the style they are based on, outline level and list numbering. */
function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!xml) return styles;
  let current: Style | null = null;
  parseXml(xml, {
    open(name, a) {
      if (name === 'w:style') {
        current = { name: '', basedOn: null, outline: null, numId: null, ilvl: null };
        if (a['w:type'] === 'paragraph' && a['w:styleId']) styles.set(a['w:styleId'], current);
      } else if (current) {
        if (name === 'w:name') current.name = a['w:val'] ?? '';
        else if (name === 'w:basedOn') current.basedOn = a['w:val'] ?? null;
        else if (name === 'w:outlineLvl') current.outline = Number(a['w:val']);
        else if (name === 'w:numId') current.numId = a['w:val'] ?? null;
        else if (name === 'w:ilvl') current.ilvl = Number(a['w:val']);
      }
    },
    close(name) {
      if (name === 'w:style') current = null;
    },
  });
  return styles;
}

/** The heading level a paragraph style gives (1 outermost), following basedOn; 0 for body text. */
function headingLevel(styles: Map<string, Style>, styleId: string | null, outline: number | null): number {
  if (outline !== null && outline >= 0 && outline < 9) return outline + 1;
  for (let id = styleId, depth = 0; id && depth < 10; depth++) {
    const style = styles.get(id);
    if (!style) break;
    const m = /^(?:heading|标题)\s*(\d)$/i.exec(style.name);
    if (m) return Number(m[1]);
    if (/^title$|^标题$/i.test(style.name)) return 1;
    if (style.outline !== null && style.outline >= 0 && style.outline < 9) return style.outline + 1;
    id = style.basedOn;
  }
  return 0;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/** List definitions: for each numId, its levels' start, number format and label pattern (%1、). */
function readNumbering(xml: string | undefined): Map<string, Level[]> {
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  if (!xml) return new Map();
  let levels: Level[] | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel: number | null = null;
  parseXml(xml, {
    open(name, a) {
      if (name === 'w:abstractNum') {
        levels = [];
        abstract.set(a['w:abstractNumId'] ?? '', levels);
      } else if (name === 'w:lvl' && levels) {
        level = { start: 1, format: 'decimal', text: '' };
        levels[Number(a['w:ilvl'] ?? 0)] = level;
      } else if (level && name === 'w:start') level.start = Number(a['w:val'] ?? 1);
      else if (level && name === 'w:numFmt') level.format = a['w:val'] ?? 'decimal';
      else if (level && name === 'w:lvlText') level.text = a['w:val'] ?? '';
      else if (name === 'w:num') {
        num = { abstractId: '', starts: new Map() };
        nums.set(a['w:numId'] ?? '', num);
      } else if (num && name === 'w:abstractNumId') num.abstractId = a['w:val'] ?? '';
      else if (num && name === 'w:lvlOverride') overrideLevel = Number(a['w:ilvl'] ?? 0);
      else if (num && overrideLevel !== null && name === 'w:startOverride')
        num.starts.set(overrideLevel, Number(a['w:val'] ?? 1));
    },
    close(name) {
      if (name === 'w:abstractNum') levels = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') overrideLevel = null;
    },
  });
  const out = new Map<string, Level[]>();
  for (const [id, n] of nums) {
    const base = abstract.get(n.abstractId) ?? [];
    out.set(
      id,
      base.map((l, i) => (n.starts.has(i) ? { ...l, start: n.starts.get(i)! } : l)),
    );
  }
  return out;
}

const CN_DIGITS = '零一二三四五六七八九';

function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** A list number in Word's number format (chineseCounting 3 → 三, decimalEnclosedCircle 3 → ③). */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'lowerLetter':
      return String.fromCharCode(0x61 + ((n - 1) % 26));
    case 'upperLetter':
      return String.fromCharCode(0x41 + ((n - 1) % 26));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Counts list items as Word does and writes their labels (一、 (一) 1.). Bullets get no label. */
function createNumberer(numbering: Map<string, Level[]>) {
  const counters = new Map<string, number[]>();
  return (numId: string, ilvl: number): string => {
    const levels = numbering.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || level.format === 'bullet') return '';
    const counts = counters.get(numId) ?? levels.map((l) => l.start - 1);
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++)
      counts[deeper] = (levels[deeper]?.start ?? 1) - 1;
    counters.set(numId, counts);
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatListNumber(counts[i] ?? levels[i]?.start ?? 1, levels[i]?.format ?? 'decimal');
    });
  };
}

interface ParagraphState {
  text: string;
  styleId: string | null;
  outline: number | null;
  numId: string | null;
  ilvl: number;
}

interface TableState {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  /** Columns a merged cell (gridSpan) covers, padded so columns line up. */
  span: number;
}

/** Read the blocks of a .docx: headings (by style or outline level), paragraphs, table rows. */
export function readDocxParts(parts: Partial<Record<Part, string>>): {
  raw: RawBlock[];
  properties: Record<string, string>;
} {
  const document = parts['word/document.xml'];
  if (!document)
    throw new DocxError('the file is a zip archive but not a Word document (no word/document.xml)');
  const styles = readStyles(parts['word/styles.xml']);
  const numberer = createNumberer(readNumbering(parts['word/numbering.xml']));
  const raw: RawBlock[] = [];
  const properties: Record<string, string> = {};
  const paragraphs: ParagraphState[] = [];
  const tables: TableState[] = [];
  let tableCount = 0;
  let skipDepth = 0;
  let inText = false;
  let inProperties = 0;

  const SKIP = new Set(['w:delText', 'w:instrText', 'mc:Fallback', 'w:fldData', 'w:footnoteReference']);

  parseXml(document, {
    open(name, a) {
      if (skipDepth) {
        if (SKIP.has(name)) skipDepth++;
        return;
      }
      if (SKIP.has(name)) {
        skipDepth = 1;
        return;
      }
      const p = paragraphs[paragraphs.length - 1];
      switch (name) {
        case 'w:p':
          paragraphs.push({ text: '', styleId: null, outline: null, numId: null, ilvl: 0 });
          break;
        case 'w:pPr':
        case 'w:rPr':
        case 'w:tblPr':
        case 'w:trPr':
        case 'w:tcPr':
          inProperties++;
          break;
        case 'w:pStyle':
          if (p) p.styleId = a['w:val'] ?? null;
          break;
        case 'w:outlineLvl':
          if (p) p.outline = Number(a['w:val']);
          break;
        case 'w:numId':
          if (p) p.numId = a['w:val'] ?? null;
          break;
        case 'w:ilvl':
          if (p) p.ilvl = Number(a['w:val'] ?? 0);
          break;
        case 'w:gridSpan': {
          const t = tables[tables.length - 1];
          if (t) t.span = Math.max(1, Math.min(50, Number(a['w:val']) || 1));
          break;
        }
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          if (p && !inProperties) p.text += ' ';
          break;
        case 'w:br':
          if (p && !inProperties && a['w:type'] !== 'page' && a['w:type'] !== 'column') p.text += '\n';
          break;
        case 'w:cr':
          if (p) p.text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (p) p.text += '-';
          break;
        case 'w:tbl':
          tables.push({ rows: [], row: null, cell: null, span: 1 });
          break;
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t) t.row = [];
          break;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (t) {
            t.cell = [];
            t.span = 1;
          }
          break;
        }
      }
    },
    text(t) {
      if (skipDepth || !inText) return;
      const p = paragraphs[paragraphs.length - 1];
      if (p) p.text += t;
    },
    close(name) {
      if (skipDepth) {
        if (SKIP.has(name)) skipDepth--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:pPr':
        case 'w:rPr':
        case 'w:tblPr':
        case 'w:trPr':
        case 'w:tcPr':
          inProperties--;
          break;
        case 'w:p': {
          const p = paragraphs.pop();
          if (!p) break;
          const style = p.styleId ? styles.get(p.styleId) : undefined;
          const numId = p.numId ?? style?.numId ?? null;
          const label =
            numId && numId !== '0' ? numberer(numId, p.numId ? p.ilvl : (style?.ilvl ?? p.ilvl)) : '';
          const text = label + p.text;
          const table = tables[tables.length - 1];
          if (table?.cell) {
            table.cell.push(text);
            break;
          }
          if (!text.trim()) break;
          const level = headingLevel(styles, p.styleId, p.outline);
          raw.push(level ? { kind: 'heading', text, level } : { kind: 'paragraph', text });
          break;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (t?.row && t.cell) {
            t.row.push(t.cell.join('\n'));
            for (let k = 1; k < t.span; k++) t.row.push('');
          }
          if (t) t.cell = null;
          break;
        }
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = null;
          break;
        }
        case 'w:tbl': {
          const t = tables.pop();
          if (!t) break;
          const outer = tables[tables.length - 1];
          if (outer?.cell) {
            // A table inside a cell is read as that cell's text.
            outer.cell.push(t.rows.map((r) => r.filter(Boolean).join(' ')).join('\n'));
            break;
          }
          const multi = t.rows.filter((r) => r.filter((c) => c.trim()).length >= 2).length;
          if (t.rows.length >= 2 && multi >= t.rows.length / 2) {
            const table = tableCount++;
            const width = Math.max(...t.rows.map((r) => r.length));
            for (const r of t.rows)
              raw.push({ kind: 'row', table, cells: [...r, ...Array<string>(width - r.length).fill('')] });
          } else {
            // A one-column table is a box around paragraphs.
            for (const r of t.rows) for (const c of r) if (c.trim()) raw.push({ kind: 'paragraph', text: c });
          }
          break;
        }
      }
    },
  });

  const core = parts['docProps/core.xml'];
  if (core) {
    let inTitle = false;
    parseXml(core, {
      open: (name) => void (inTitle = name === 'dc:title'),
      close: () => void (inTitle = false),
      text: (t) => {
        if (inTitle && t.trim()) properties.title = (properties.title ?? '') + t.trim();
      },
    });
  }
  return { raw, properties };
}
