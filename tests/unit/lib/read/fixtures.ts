/** Plan documents as they are published, made in the tests from the seed plans: web pages, Word files and PDFs. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { cleanDocument } from '../../../../src/lib/extract/clean.ts';
import { parseHeading } from '../../../../src/lib/extract/structure.ts';

export const SEEDS = ['shijiazhuang-2011', 'taiyuan-2014', 'hangzhou-2013', 'shanwei-2017', 'linxia-2013'];

/** The cleaned lines of a seed plan: what every rendering must read back. */
export function seedLines(docId: string): string[] {
  return cleanDocument(readFileSync(`data/sources/${docId}.txt`, 'utf8')).split('\n');
}

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

/** Punctuation as published documents write it (full-width), so readers must normalise it. */
export function fullWidth(line: string): string {
  return line.replace(/[,:;()!?]/g, (c) => FULL_WIDTH[c]!);
}

/** An encoder for a legacy Chinese encoding, built by inverting the platform's decoder. */
export function createEncoder(label: 'gbk' | 'big5') {
  const map = new Map<string, [number, number]>();
  const decoder = new TextDecoder(label, { fatal: true });
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      try {
        const s = decoder.decode(new Uint8Array([a, b]));
        if (s.length === 1 && !map.has(s)) map.set(s, [a, b]);
      } catch {
        // not a character in this encoding
      }
    }
  /** Encode text; a character the encoding lacks is written by `fallback` (an HTML reference, say). */
  return (text: string, fallback: (c: string) => string = () => '?'): Uint8Array => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) out.push(code);
      else {
        const pair = map.get(ch);
        if (pair) out.push(...pair);
        else for (const c of fallback(ch)) out.push(c.charCodeAt(0));
      }
    }
    return new Uint8Array(out);
  };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A government web page around a plan: navigation, breadcrumb, metadata table, the title in its own
 * box, the plan (a <p> a line, some joined by <br>, a bold lead-in), related files, share bar, footer,
 * and numbers in scripts, comments and attributes that must never be read.
 */
export function planPage(lines: string[], options: { charset?: string; extraContent?: string } = {}): string {
  const [title, ...body] = lines;
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = fullWidth(escape(body[i]!));
    if (i % 7 === 3 && i + 1 < body.length) {
      paragraphs.push(`<p style="text-indent:2em">${line}<br/>\n${fullWidth(escape(body[++i]!))}</p>`);
    } else if (parseHeading(body[i]!)?.titleEnd === body[i]!.length) {
      paragraphs.push(`<p><strong>${line}</strong></p>`);
    } else paragraphs.push(`<p style="text-indent:2em" title="合格率达到99%以上">&nbsp;&nbsp;${line}</p>`);
  }
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${options.charset ?? 'gb2312'}" />
<title>${escape(title!)}_市人民政府门户网站</title>
<script>var target = "合格率达到98%以上"; document.write('<p>抽查合格率达到97%</p>');</script>
<style>.x:before { content: "达到96%"; }</style></head>
<body>
<div class="top"><a href="/">网站首页</a> <a href="/zw">政务公开</a> <a href="/bs">办事服务</a> <a href="/hd">互动交流</a></div>
<div class="nav"><ul><li><a href="/a">领导信息</a></li><li><a href="/b">政策文件</a></li><li><a href="/c">规划计划</a></li></ul></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zw">政务公开</a> &gt;&gt; 政府文件</div>
<table class="xxgk"><tr><td>索引号：</td><td>000014349/2017-00123</td><td>主题分类：</td><td>质量监督</td></tr>
<tr><td>发布机构：</td><td>市人民政府办公室</td><td>成文日期：</td><td>2017年03月06日</td></tr>
<tr><td>名\u3000\u3000称：</td><td>${escape(title!)}</td><td>文号：</td><td></td></tr></table>
<div class="article">
<div class="title"><h1>${fullWidth(escape(title!))}</h1></div>
<div class="info">发布时间：2017-03-17 08:54 来源：市政府办公室 【字体：<a>大</a> <a>中</a> <a>小</a>】 <a href="javascript:print()">打印本页</a></div>
<!-- 产品质量合格率达到95%以上（隐藏的旧版本） -->
<div id="zoom" class="TRS_Editor">
${paragraphs.join('\n')}
${options.extraContent ?? ''}
</div>
<div class="xgwj"><h3>相关文件</h3><ul><li><a href="/1">关于印发质量工作要点的通知</a></li><li><a href="/2">2016年质量工作总结</a></li><li><a href="/3">质量发展纲要解读</a></li></ul></div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div>
<div class="footer"><p>主办单位：市人民政府办公室 版权所有 网站标识码4415000001</p><p>粤ICP备05008999号 粤公网安备44150202000001号</p></div>
</body></html>`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Runs of a line cut at varying places, as Word splits them (spell-check marks, formatting changes). */
function runs(line: string, seed: number): string {
  const out: string[] = [];
  let at = 0;
  let k = seed;
  while (at < line.length) {
    const len = 1 + (k++ % 7) * 3;
    const piece = line.slice(at, at + len);
    const rPr = k % 3 === 0 ? '<w:rPr><w:rFonts w:hint="eastAsia"/><w:b/></w:rPr>' : '';
    out.push(`<w:r>${rPr}<w:t xml:space="preserve">${escape(piece)}</w:t></w:r>`);
    if (k % 5 === 0)
      out.push('<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/>');
    at += len;
  }
  return out.join('');
}

const CN = '一二三四五六七八九十';
function cnNumber(s: string): number {
  if (s.length === 1) return CN.indexOf(s) + 1;
  if (s.startsWith('十')) return 10 + (s.length > 1 ? CN.indexOf(s[1]!) + 1 : 0);
  return (CN.indexOf(s[0]!) + 1) * 10 + (s.length > 2 ? CN.indexOf(s[2]!) + 1 : 0);
}

/**
 * A Word file of a plan: 一、 headings numbered by Word itself (numbering.xml, Heading 1), (一) titles
 * in Heading 2, paragraphs split into runs, a field code and a deleted revision that must not be read,
 * and optional tables (rows of cells).
 */
export function planDocx(lines: string[], tables: string[][][] = []): Uint8Array {
  const body: string[] = [];
  const nums: { id: number; start: number }[] = [];
  let expected = 0;
  for (const [i, line] of lines.entries()) {
    const m = /^([一二三四五六七八九十]{1,3})、/.exec(line);
    const heading = parseHeading(line);
    if (m && heading?.titleEnd === line.length) {
      const n = cnNumber(m[1]!);
      if (n !== expected + 1 || !nums.length) nums.push({ id: nums.length + 1, start: n });
      expected = n;
      body.push(
        `<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${nums[nums.length - 1]!.id}"/></w:numPr></w:pPr>${runs(fullWidth(line.slice(m[0].length)), i)}</w:p>`,
      );
    } else if (heading?.kind === 'cn-paren' && heading.titleEnd === line.length) {
      body.push(`<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr>${runs(fullWidth(line), i)}</w:p>`);
    } else {
      const field =
        i % 11 === 5
          ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE 95 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>合格率达到85%</w:delText></w:r></w:del>'
          : '';
      body.push(
        `<w:p><w:pPr><w:ind w:firstLineChars="200"/><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs(fullWidth(line), i)}${field}</w:p>`,
      );
    }
  }
  for (const table of tables) {
    body.push(
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${table
        .map(
          (row) =>
            `<w:tr>${row.map((cell, j) => `<w:tc><w:tcPr><w:tcW w:w="${1200 + j}" w:type="dxa"/></w:tcPr><w:p>${runs(cell, j)}</w:p></w:tc>`).join('')}</w:tr>`,
        )
        .join('')}</w:tbl>`,
    );
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style></w:styles>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
${nums.map((n) => `<w:num w:numId="${n.id}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${n.start}"/></w:lvlOverride></w:num>`).join('')}
</w:numbering>`;
  return zipSync({
    // The package parts Word and LibreOffice need to open the file (the reader itself does not).
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles),
    'word/numbering.xml': strToU8(numbering),
    'docProps/core.xml': strToU8(
      `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escape(lines[0]!)}</dc:title></cp:coreProperties>`,
    ),
  });
}

/** Where PDFs printed by Chromium are kept between runs (git-ignored), keyed by their content. */
const PDF_CACHE = join('tests', '.cache', 'pdf');

export interface PdfPage {
  name: string;
  html: string;
  header: string;
}

/**
 * Print pages to PDF with Chromium, as a plan's attachment is printed: A4, a running header, page
 * numbers as — 3 —. Cached by content, so only a changed page starts a browser.
 */
export async function printPdfs(pages: PdfPage[]): Promise<Map<string, Uint8Array>> {
  mkdirSync(PDF_CACHE, { recursive: true });
  const out = new Map<string, Uint8Array>();
  const missing: (PdfPage & { path: string })[] = [];
  for (const page of pages) {
    const hash = createHash('sha256').update(page.html).update(page.header).digest('hex').slice(0, 16);
    const path = join(PDF_CACHE, `${page.name}-${hash}.pdf`);
    if (existsSync(path)) out.set(page.name, new Uint8Array(readFileSync(path)));
    else missing.push({ ...page, path });
  }
  if (!missing.length) return out;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const tab = await browser.newPage();
    for (const page of missing) {
      await tab.setContent(page.html);
      const pdf = await tab.pdf({
        format: 'A4',
        displayHeaderFooter: true,
        margin: { top: '3.7cm', bottom: '3.5cm', left: '2.8cm', right: '2.6cm' },
        headerTemplate: `<div style="font-size:10pt;width:100%;text-align:center;font-family:'WenQuanYi Micro Hei'">${escape(page.header)}</div>`,
        footerTemplate: `<div style="font-size:14pt;width:100%;text-align:center;font-family:serif">— <span class="pageNumber"></span> —</div>`,
      });
      writeFileSync(page.path, pdf);
      out.set(page.name, new Uint8Array(pdf));
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** A printable page of a plan: 16pt body text with a two-character first-line indent, headings bold. */
export function printablePlan(lines: string[]): string {
  const body = lines
    .map((l) => {
      const heading = parseHeading(l);
      const bold = heading?.titleEnd === l.length ? 'font-weight:bold;' : '';
      return `<p style="${bold}">${fullWidth(escape(l))}</p>`;
    })
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><style>body{font-family:'WenQuanYi Micro Hei';font-size:16pt;line-height:1.55;margin:0}p{text-indent:2em;margin:0;text-align:justify}</style>${body}`;
}

/**
 * A PDF whose Chinese text uses a font that is not embedded (STSong-Light, Adobe-GB1 with the
 * predefined UniGB-UCS2-H CMap), as some Word exports are: pdf.js reads it only with its CMap files.
 */
export function cidFontPdf(lines: string[]): Uint8Array {
  const ucs2 = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = lines.map((l, i) => `BT /F1 16 Tf 72 ${760 - i * 24} Td <${ucs2(l)}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
