/** Chart export for slides: the exported SVG's frame (white ground, title, source line) and its file name. */

import type { Lang } from '../i18n/lang.ts';
import { calcTextWidth } from './text.ts';

/** PNGs are drawn at twice the screen's size, sharp on a projector. */
export const EXPORT_SCALE = 2;

/** Sizes of the frame around an exported chart, in pixels. */
export const EXPORT_FRAME = {
  padding: 24,
  titleSize: 20,
  titleLine: 28,
  sourceSize: 12,
  sourceLine: 18,
  gap: 16,
};

const APP_NAME: Readonly<Record<Lang, string>> = { zh: '城市质量发展目标', en: 'City Quality Targets' };

/** Other sources named in a source line at most; the rest are counted. */
export const MAX_OTHER_SOURCES = 4;

/** What a chart draws on, for its source line. */
export interface SourceLineInput {
  /** Titles of the plans it shows. */
  plans: readonly string[];
  /** Outcome and reference sources it shows. */
  others?: readonly string[];
  /** The day the dataset was built (`YYYY-MM-DD`). */
  datasetDate?: string | null;
}

function unique(titles: readonly string[] | undefined): string[] {
  return [...new Set((titles ?? []).filter((t) => t.trim() !== ''))];
}

/**
 * buildSourceLine(lang, sources) is the credit printed under an exported chart or a slide: the plans it
 * draws on, its outcome and reference sources (the first four, then how many more), the dataset's date and
 * the dashboard, e.g. `Source: 杭州市争创全国质量强市示范城市工作方案; …. Dataset of 2026-12-07, City Quality Targets`.
 */
export function buildSourceLine(lang: Lang, sources: SourceLineInput): string {
  const plans = unique(sources.plans);
  const all = unique(sources.others);
  const others = all.slice(0, MAX_OTHER_SOURCES);
  const more = all.length - others.length;
  const date = sources.datasetDate ?? null;
  if (lang === 'zh') {
    const parts = [plans.map((t) => `《${t}》`).join('')];
    if (others.length > 0) parts.push(`数据来源：${others.join('；')}${more > 0 ? `等${all.length}项` : ''}`);
    const body = parts.filter((p) => p !== '').join('；');
    return `来源：${body}${body === '' ? '' : '。'}${date === null ? '' : `数据集日期 ${date}，`}${APP_NAME.zh}`;
  }
  const parts = [plans.join('; ')];
  if (others.length > 0)
    parts.push(`outcomes and references: ${others.join('; ')}${more > 0 ? ` and ${more} more` : ''}`);
  const body = parts.filter((p) => p !== '').join('; ');
  return `Source: ${body}${body === '' ? '' : '. '}${date === null ? '' : `Dataset of ${date}, `}${APP_NAME.en}`;
}

/** calcWrappedLines(text, maxWidth, fontSize) breaks text into lines no wider than maxWidth (CJK breaks anywhere). */
export function calcWrappedLines(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line !== '' && calcTextWidth(line + char, fontSize) > maxWidth) {
      // Prefer to break Latin text at the last space.
      const space = line.lastIndexOf(' ');
      if (space > line.length / 2 && /[\x20-\x7e]/.test(char)) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + char;
      } else {
        lines.push(line);
        line = char;
      }
    } else {
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** What goes into an exported SVG. */
export interface ExportInput {
  /** The chart's markup (an `<svg>` or a `<foreignObject>`), drawn at (0, 0) and `width` × `height`. */
  content: string;
  width: number;
  height: number;
  title: string;
  sourceLine: string;
  /** The chart's legend, drawn between the title and the chart. */
  legend?: { content: string; width: number; height: number } | null;
  /** The font stack of the page, so CJK text uses the same system fonts as on screen. */
  fontFamily: string;
}

/** A standalone SVG document and its size. */
export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * buildExportSvg(input) frames a chart for a slide: white ground, the title above (wrapped to the chart's
 * width), the legend, the chart, and the source line below.
 */
export function buildExportSvg(input: ExportInput): ExportedSvg {
  const f = EXPORT_FRAME;
  const legend = input.legend ?? null;
  const width = Math.ceil(Math.max(input.width, legend?.width ?? 0, 320) + 2 * f.padding);
  const textWidth = width - 2 * f.padding;
  const titleLines = calcWrappedLines(input.title, textWidth, f.titleSize);
  const sourceLines = calcWrappedLines(input.sourceLine, textWidth, f.sourceSize);
  const legendTop = f.padding + titleLines.length * f.titleLine + f.gap;
  const chartTop = legend === null ? legendTop : legendTop + Math.ceil(legend.height) + f.gap;
  const sourceTop = chartTop + Math.ceil(input.height) + f.gap;
  const height = Math.ceil(sourceTop + sourceLines.length * f.sourceLine + f.padding);
  const font = escapeXml(input.fontFamily);
  const title = titleLines
    .map(
      (line, i) =>
        `<text x="${f.padding}" y="${f.padding + (i + 0.75) * f.titleLine}" font-size="${f.titleSize}" font-weight="700" fill="#17202e">${escapeXml(line)}</text>`,
    )
    .join('');
  const source = sourceLines
    .map(
      (line, i) =>
        `<text x="${f.padding}" y="${sourceTop + (i + 0.75) * f.sourceLine}" font-size="${f.sourceSize}" fill="#566173">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g class="title">${title}</g>` +
    (legend === null
      ? ''
      : `<g class="legend" transform="translate(${f.padding},${legendTop})">${legend.content}</g>`) +
    `<g class="chart" transform="translate(${f.padding},${chartTop})">${input.content}</g>` +
    `<g class="source">${source}</g>` +
    `</svg>`;
  return { svg, width, height };
}

/** buildExportFileName(title, extension) is a file name from a chart's title: CJK kept, unsafe characters dropped. */
export function buildExportFileName(title: string, extension: 'svg' | 'png'): string {
  const printable = [...title].filter((char) => char.charCodeAt(0) >= 0x20).join('');
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base === '' ? 'chart' : base}.${extension}`;
}
