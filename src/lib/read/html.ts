/** Read a plan published as a web page: its encoding, its main content (not the site around it), paragraphs, headings and tables. */
import { Parser } from 'htmlparser2';
import { decodeStrictly, detectChineseEncoding, type TextEncoding } from '../extract/decode.ts';
import { toSimplifiedShadow } from '../extract/chars.ts';
import { isChromeLine, normalizeLine } from '../extract/clean.ts';
import { joinRun, type RawBlock } from './assemble.ts';

interface HtmlElement {
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
type HtmlNode = HtmlElement | string;

/** Elements whose content is never the plan's text (scripts, styles, forms, embedded objects). */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'select',
  'button',
  'textarea',
  'canvas',
  'video',
  'audio',
  'map',
]);

/** Elements that start and end a line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements that hold a site's navigation, footer or side bars rather than the document. */
const CHROME_ELEMENTS = new Set(['nav', 'aside', 'footer', 'form', 'menu']);

/** Class and id words that sites give to navigation, breadcrumbs, share bars, footers and related links. */
const CHROME_CLASS_WORDS = new Set([
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'footer',
  'share',
  'bdshare',
  'sidebar',
  'copyright',
  'related',
  'location',
  'position',
  'dqwz',
  'xgwj',
  'xglj',
]);

/** Labels of the metadata table government sites put above a document (政府信息公开 tables). */
const METADATA_LABEL =
  /^(?:索\s*引\s*号|主题分类|体裁分类|组配分类|服务对象|发布机构|发文机关|发文单位|发文字号|文\s*号|成文日期|发布日期|发文日期|生成日期|印发日期|实施日期|公文种类|信息分类|信息来源|主\s*题\s*词|关键词|标\s*题|名\s*称|有\s*效\s*性|效力状态|统一编号|所属机构|公开方式|公开范围|公开时限|来\s*源)\s*[:：]?$/;

interface Line {
  text: string;
  linkChars: number;
  boldChars: number;
  heading: number;
  chrome: boolean;
  ancestors: HtmlElement[];
  /** Set for a row of a data table: its cells. */
  cells?: string[];
  table?: number;
}

/** Parse HTML into a light tree; htmlparser2 closes what the page left open. */
function parseTree(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attribs: {}, children: [], parent: null };
  let current = root;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: HtmlElement = { name, attribs, children: [], parent: current };
        current.children.push(el);
        current = el;
      },
      ontext(data) {
        current.children.push(data);
      },
      onclosetag() {
        if (current.parent) current = current.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

const ENCODING_LABELS: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  'x-euc-cn': 'gb18030',
  'euc-cn': 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
};

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type), if any. */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  // Labels are ASCII, so the head read as Latin-1 shows them whatever the page's encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  let declared: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (declared || name !== 'meta') return;
        if (attribs.charset) declared = attribs.charset;
        else if (attribs['http-equiv']?.toLowerCase() === 'content-type' && attribs.content) {
          const m = /charset\s*=\s*["']?([\w-]+)/i.exec(attribs.content);
          if (m?.[1]) declared = m[1];
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(head);
  parser.end();
  return declared === null ? null : (declared as string).trim().toLowerCase();
}

/**
 * Decode a web page: a byte-order mark, else the declared charset when the bytes are valid in it, else
 * UTF-8, GB18030 or Big5 by detection. Returns null when nothing decodes cleanly.
 */
export function decodeHtml(
  bytes: Uint8Array,
  warnings: string[],
): { html: string; encoding: TextEncoding } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = findDeclaredCharset(bytes);
  const label = declared ? ENCODING_LABELS[declared] : undefined;
  if (label) {
    const html = decodeStrictly(label, bytes);
    if (html !== undefined) return { html, encoding: label };
  }
  const utf8 = decodeStrictly('utf-8', bytes);
  const found =
    utf8 !== undefined ? { text: utf8, encoding: 'utf-8' as const } : detectChineseEncoding(bytes);
  if (!found) return null;
  if (declared && declared !== found.encoding && label !== found.encoding)
    warnings.push(
      `the page declares charset ${declared} but is ${found.encoding}; read as ${found.encoding}`,
    );
  return { html: found.text, encoding: found.encoding };
}

function classWords(el: HtmlElement): string[] {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

function isChromeElement(el: HtmlElement): boolean {
  if (CHROME_ELEMENTS.has(el.name)) return true;
  if (el.name === 'header' && !hasAncestor(el, ['article', 'main', 'section'])) return true;
  return classWords(el).some((w) => CHROME_CLASS_WORDS.has(w));
}

function hasAncestor(el: HtmlElement, names: string[]): boolean {
  for (let p = el.parent; p; p = p.parent) if (names.includes(p.name)) return true;
  return false;
}

function isTitleElement(el: HtmlElement): boolean {
  return /^h[1-3]$/.test(el.name) || classWords(el).some((w) => /^(?:title|tit|bt|headline|biaoti)$/.test(w));
}

function collapse(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, ' ');
}

/** The rows of a table as grids of cell elements, colspan and rowspan spread so columns line up. */
function tableGrid(table: HtmlElement): (HtmlElement | null)[][] {
  const rows: HtmlElement[] = [];
  const collect = (el: HtmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'tr') rows.push(c);
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collect(c);
    }
  };
  collect(table);
  const grid: (HtmlElement | null)[][] = [];
  const pending: number[] = []; // rows each column is still covered by a rowspan from above
  for (const tr of rows) {
    const row: (HtmlElement | null)[] = [];
    let col = 0;
    const fillCovered = () => {
      while ((pending[col] ?? 0) > 0) {
        pending[col]!--;
        row.push(null);
        col++;
      }
    };
    for (const cell of tr.children) {
      if (typeof cell === 'string' || (cell.name !== 'td' && cell.name !== 'th')) continue;
      fillCovered();
      const span = Math.min(50, Math.max(1, Number(cell.attribs.colspan) || 1));
      const down = Math.min(500, Math.max(1, Number(cell.attribs.rowspan) || 1));
      for (let k = 0; k < span; k++) {
        row.push(k === 0 ? cell : null);
        if (down > 1) pending[col] = down - 1;
        col++;
      }
    }
    fillCovered();
    while (col < pending.length) {
      if ((pending[col] ?? 0) > 0) {
        pending[col]!--;
        row.push(null);
      }
      col++;
    }
    grid.push(row);
  }
  return grid;
}

function containsTable(el: HtmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string' && (c.name === 'table' || containsTable(c)));
}

/** A table of data (several cells a row), as opposed to a table used to lay out the page. */
function isDataTable(table: HtmlElement, grid: (HtmlElement | null)[][]): boolean {
  if (containsTable(table)) return false;
  const multi = grid.filter((r) => r.filter(Boolean).length >= 2).length;
  return grid.length >= 2 && multi >= 2 && multi >= grid.length / 2;
}

/** The text of an element as one line: inner lines joined, Chinese without spaces. */
function innerText(el: HtmlElement): string {
  const parts: string[] = [];
  const walk = (n: HtmlNode) => {
    if (typeof n === 'string') parts.push(collapse(n));
    else if (!SKIPPED.has(n.name)) {
      if (n.name === 'br' || BLOCK.has(n.name)) parts.push('\n');
      n.children.forEach(walk);
      if (BLOCK.has(n.name)) parts.push('\n');
    }
  };
  el.children.forEach(walk);
  return parts
    .join('')
    .split('\n')
    .map((l) => normalizeLine(l))
    .filter(Boolean)
    .reduce(joinRun, '');
}

/** Collect the page's lines in document order, each with what the page says about it. */
function collectLines(root: HtmlElement, properties: Record<string, string>): Line[] {
  const lines: Line[] = [];
  let tables = 0;
  let text = '';
  let linkChars = 0;
  let boldChars = 0;
  let lineAncestors: HtmlElement[] = [];
  let lineHeading = 0;
  let lineChrome = false;

  const flush = () => {
    if (text.trim()) {
      lines.push({
        text,
        linkChars,
        boldChars,
        heading: lineHeading,
        chrome: lineChrome,
        ancestors: lineAncestors,
      });
    }
    text = '';
    linkChars = 0;
    boldChars = 0;
  };

  interface Context {
    ancestors: HtmlElement[];
    link: boolean;
    bold: boolean;
    heading: number;
    chrome: boolean;
    pre: boolean;
  }

  const walk = (node: HtmlNode, ctx: Context) => {
    if (typeof node === 'string') {
      const piece = ctx.pre ? node : collapse(node);
      if (!text) {
        if (!piece.trim()) return;
        lineAncestors = ctx.ancestors;
        lineHeading = ctx.heading;
        lineChrome = ctx.chrome;
      }
      text += piece;
      const visible = piece.replace(/\s/g, '').length;
      if (ctx.link) linkChars += visible;
      if (ctx.bold || ctx.heading) boldChars += visible;
      return;
    }
    const el = node;
    if (SKIPPED.has(el.name)) return;
    if (el.name === 'br') {
      if (ctx.pre || text.trim()) flush();
      return;
    }
    const block = BLOCK.has(el.name);
    if (block) flush();
    const inner: Context = {
      ancestors: [...ctx.ancestors, el],
      link: ctx.link || el.name === 'a',
      bold:
        ctx.bold ||
        el.name === 'b' ||
        el.name === 'strong' ||
        /font-weight:\s*(?:bold|[6-9]00)/.test(el.attribs.style ?? ''),
      heading: /^h[1-6]$/.test(el.name) ? Number(el.name[1]) : ctx.heading,
      chrome: ctx.chrome || isChromeElement(el),
      pre: ctx.pre || el.name === 'pre',
    };
    if (el.name === 'table') {
      const grid = tableGrid(el);
      if (isDataTable(el, grid)) {
        const table = tables++;
        const rows = grid.map((r) => r.map((cell) => (cell ? innerText(cell) : '')));
        if (isMetadataTable(rows)) {
          readMetadata(rows, properties);
          return;
        }
        const width = Math.max(...rows.map((r) => r.length));
        for (const [i, cells] of rows.entries()) {
          if (!cells.some(Boolean)) continue;
          const cellLinks = grid[i]!.reduce((n, c) => n + (c ? linkTextLength(c) : 0), 0);
          lines.push({
            text: cells.join(' '),
            linkChars: cellLinks,
            boldChars: 0,
            heading: 0,
            chrome: inner.chrome,
            ancestors: inner.ancestors,
            cells: [...cells, ...Array<string>(width - cells.length).fill('')],
            table,
          });
        }
        return;
      }
    }
    for (const child of el.children) walk(child, inner);
    if (block) flush();
  };
  const title = findElement(root, 'title');
  if (title) {
    const text = title.children.filter((c) => typeof c === 'string').join('');
    if (normalizeLine(collapse(text))) properties.title = normalizeLine(collapse(text));
  }
  walk(root, { ancestors: [], link: false, bold: false, heading: 0, chrome: false, pre: false });
  flush();
  return lines;
}

function findElement(el: HtmlElement, name: string): HtmlElement | null {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const found = findElement(c, name);
    if (found) return found;
  }
  return null;
}

function linkTextLength(el: HtmlElement): number {
  let n = 0;
  const walk = (node: HtmlNode, inLink: boolean) => {
    if (typeof node === 'string') n += inLink ? node.replace(/\s/g, '').length : 0;
    else if (!SKIPPED.has(node.name)) for (const c of node.children) walk(c, inLink || node.name === 'a');
  };
  walk(el, false);
  return n;
}

/** Is a cell a metadata label (索引号:, 發布機構)? Read in simplified characters. */
function isLabel(cell: string): boolean {
  return METADATA_LABEL.test(toSimplifiedShadow(cell));
}

function isMetadataTable(rows: string[][]): boolean {
  const cells = rows.flat().filter(Boolean);
  const labels = cells.filter((c) => isLabel(c) || isLabel(c.split(/[:：]/)[0] ?? ''));
  return labels.length >= 2 && labels.length >= cells.length / 4;
}

/** label → value pairs of a metadata table: a label cell followed by its value, or "label:value" in one cell. */
function readMetadata(rows: string[][], properties: Record<string, string>): void {
  for (const row of rows) {
    const cells = row.filter(Boolean);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const inline = /^([^:：]{1,8})[:：]\s*(.+)$/.exec(cell);
      if (inline && isLabel(inline[1]!)) {
        properties[inline[1]!.replace(/\s/g, '')] ??= inline[2]!.trim();
      } else if (isLabel(cell) && i + 1 < cells.length && !isLabel(cells[i + 1]!)) {
        properties[cell.replace(/[\s:：]/g, '')] ??= cells[i + 1]!;
        i++;
      }
    }
  }
}

/** Share of a line's characters inside links above which it is a menu or a list of links. */
const MAX_LINK_SHARE = 0.5;
/** The content holds at least this share of the page's prose. */
const CONTENT_SHARE = 0.8;

function isLinkList(line: Line): boolean {
  const visible = line.text.replace(/\s/g, '').length;
  return visible > 0 && line.linkChars / visible > MAX_LINK_SHARE;
}

/**
 * How much of a line is running prose: its length when it reads like sentences (commas, full stops,
 * or long), 0 for chrome, lists of links, labels, titles and table rows of short cells.
 */
function proseOf(line: Line): number {
  if (line.chrome || isLinkList(line)) return 0;
  const text = normalizeLine(line.text);
  if (isChromeLine(text)) return 0;
  const sentences = /[。,;、]/.test(text);
  if (line.cells) return sentences || line.cells.some((c) => c.length >= 20) ? text.length : 0;
  return sentences || text.length >= 40 ? text.length : 0;
}

/**
 * The element holding the page's main content: going down from the root, the child that still holds
 * most of the page's prose, as long as there is one.
 */
function findContent(root: HtmlElement, lines: Line[]): HtmlElement | null {
  const prose = new Map<HtmlElement, number>();
  const count = new Map<HtmlElement, number>();
  let total = 0;
  for (const line of lines) for (const el of line.ancestors) count.set(el, (count.get(el) ?? 0) + 1);
  const measure = (ofRows: boolean) => {
    for (const line of lines) {
      const p = ofRows ? line.text.length * Number(!line.chrome && !!line.cells) : proseOf(line);
      if (!p) continue;
      total += p;
      for (const el of line.ancestors) prose.set(el, (prose.get(el) ?? 0) + p);
    }
  };
  measure(false);
  // A plan that is only a table of indicators has no sentences: its rows are the content.
  if (!total) measure(true);
  if (!total) return null;
  let current = root;
  for (;;) {
    // A container holds several lines: one paragraph holding most of the prose is not the content.
    const next = current.children.find(
      (c): c is HtmlElement =>
        typeof c !== 'string' && (prose.get(c) ?? 0) >= CONTENT_SHARE * total && (count.get(c) ?? 0) >= 2,
    );
    if (!next) return current;
    current = next;
  }
}

/**
 * Read a web page: the lines of its main content, with the document's title line from just above it,
 * without navigation, metadata tables, related links, share widgets and footers. Returns no blocks
 * when the page has no prose at all.
 */
export function readHtmlText(
  html: string,
  warnings: string[],
): { raw: RawBlock[]; properties: Record<string, string> } {
  const properties: Record<string, string> = {};
  const root = parseTree(html);
  const lines = collectLines(root, properties);
  const content = findContent(root, lines);
  if (!content) return { raw: [], properties };
  const inside = (l: Line) => l.ancestors.includes(content);
  const first = lines.findIndex(inside);
  // The title often sits just above the content element, in a heading or a "title" box.
  const titles: Line[] = [];
  for (let i = first - 1; i >= 0 && i >= first - 8; i--) {
    const line = lines[i]!;
    if (isLinkList(line) || line.cells) break;
    if (line.chrome) continue;
    const isTitle =
      line.heading > 0 ||
      line.ancestors.some(isTitleElement) ||
      /关于印发.+的通知$|(?:纲要|规划|方案|计划|意见)$/.test(normalizeLine(line.text));
    if (isTitle) titles.unshift(line);
    else if (titles.length) break;
  }
  const raw: RawBlock[] = [];
  let droppedLinks = 0;
  for (const line of [...titles, ...lines.filter(inside)]) {
    if (line.chrome) continue;
    if (isLinkList(line)) {
      droppedLinks++;
      continue;
    }
    if (line.cells && line.table !== undefined)
      raw.push({ kind: 'row', cells: line.cells, table: line.table });
    else if (line.heading) raw.push({ kind: 'heading', text: line.text, level: line.heading });
    else {
      const visible = line.text.replace(/\s/g, '').length;
      const boldTitle = visible <= 40 && line.boldChars >= visible;
      raw.push(
        boldTitle ? { kind: 'heading', text: line.text, level: 0 } : { kind: 'paragraph', text: line.text },
      );
    }
  }
  if (droppedLinks)
    warnings.push(`${droppedLinks} lines of links in the content were left out (related files, menus)`);
  return { raw, properties };
}
