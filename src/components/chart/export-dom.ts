/**
 * The browser half of chart export: draws a chart's DOM as plain SVG (its own `<svg>` with computed styles
 * inlined, HTML box by box), so the file looks like the screen without the page's stylesheet, then saves it
 * as SVG, draws it into a PNG or copies it to the clipboard.
 */

import { EXPORT_SCALE, buildExportSvg, escapeXml, type ExportedSvg } from '../../lib/chart/export.ts';

/** Presentation properties that decide how SVG marks look. */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
  'stop-color',
  'stop-opacity',
];

const SKIP = '[role="tooltip"], [data-export-ignore]';

/** SVG properties that children inherit: written only where they differ from the parent's. */
const INHERITED = new Set(
  SVG_PROPERTIES.filter((p) => !['opacity', 'display', 'stop-color', 'stop-opacity'].includes(p)),
);

/** Values of the non-inherited SVG properties that need not be written. */
const SVG_DEFAULTS: Readonly<Record<string, string>> = {
  opacity: '1',
  display: 'inline',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
};

function inlineStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  const target = (clone as HTMLElement | SVGElement).style;
  if (source instanceof SVGElement) {
    // Inside an SVG, write what differs from what the element would inherit anyway: files stay small.
    const isRoot = source instanceof SVGSVGElement || parent === null;
    for (const property of SVG_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (!isRoot && INHERITED.has(property) && parent?.getPropertyValue(property) === value) continue;
      if (!isRoot && !INHERITED.has(property) && SVG_DEFAULTS[property] === value) continue;
      target.setProperty(property, value);
    }
  } else {
    for (let i = 0; i < style.length; i++) {
      const property = style.item(i);
      target.setProperty(property, style.getPropertyValue(property));
    }
  }
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren.item(i);
    const c = cloneChildren.item(i);
    if (s !== null && c !== null) inlineStyles(s, c, style);
  }
}

/** A part of a chart drawn as SVG: markup placed at (0, 0) and its size in pixels. */
export interface SvgPart {
  content: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function isTransparent(color: string): boolean {
  return color === '' || color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
}

function attr(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The SVG markup of an `<svg>` inside the chart, its styles inlined, placed where it is on screen. */
function serializeSvgElement(svg: SVGSVGElement, x: number, y: number, serializer: XMLSerializer): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  for (const node of clone.querySelectorAll(SKIP)) node.remove();
  for (const node of clone.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
  const box = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('x', attr(x));
  clone.setAttribute('y', attr(y));
  clone.setAttribute('width', attr(box.width));
  clone.setAttribute('height', attr(box.height));
  clone.style.removeProperty('display');
  return serializer.serializeToString(clone);
}

/**
 * Draws a text node as SVG `<text>` lines where the page laid it out: characters are grouped into lines by
 * where the browser put them, so wrapped labels stay wrapped. Characters the layout collapsed are dropped.
 */
function serializeText(node: Text, style: CSSStyleDeclaration, originX: number, originY: number): string {
  const data = node.data;
  if (data.trim() === '') return '';
  const range = document.createRange();
  const lines: { x: number; top: number; bottom: number; text: string }[] = [];
  let current: { x: number; top: number; bottom: number; text: string } | null = null;
  for (let i = 0; i < data.length;) {
    const size = (data.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    range.setStart(node, i);
    range.setEnd(node, i + size);
    const char = data.slice(i, i + size);
    i += size;
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (current === null || Math.abs(rect.top - current.top) > rect.height / 2) {
      current = { x: rect.left, top: rect.top, bottom: rect.bottom, text: '' };
      lines.push(current);
    }
    current.text += char;
  }
  const fontSize = parseFloat(style.fontSize);
  const transform = style.textTransform === 'uppercase' ? (t: string) => t.toUpperCase() : (t: string) => t;
  return lines
    .map((line) => {
      const text = transform(line.text.replace(/\s+/g, ' ')).trimEnd();
      if (text.trim() === '') return '';
      const leading = text.length - text.trimStart().length;
      // The baseline sits a little above the bottom of the glyphs' box (the descent).
      const baseline = line.bottom - (line.bottom - line.top - fontSize) / 2 - fontSize * 0.2;
      return (
        `<text x="${attr(line.x - originX)}" y="${attr(baseline - originY)}" font-size="${attr(fontSize)}"` +
        ` font-weight="${style.fontWeight}" fill="${style.color}"` +
        `${style.fontStyle === 'italic' ? ' font-style="italic"' : ''} xml:space="preserve">` +
        `${escapeXml(leading > 0 ? text.trimStart() : text)}</text>`
      );
    })
    .join('');
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * Draws an HTML chart (tables, bars made of boxes) as plain SVG: each box's background and borders as
 * rectangles, each line of text as `<text>`, inner `<svg>`s as they are, overflow clipped. No
 * `<foreignObject>`: slide and vector editors drop it.
 */
function serializeHtml(root: Element): SvgPart {
  const origin = root.getBoundingClientRect();
  const serializer = new XMLSerializer();
  const out: string[] = [];
  let clips = 0;
  const walk = (element: Element): void => {
    if (element.matches(SKIP)) return;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return;
    const box = element.getBoundingClientRect();
    const x = box.left - origin.left;
    const y = box.top - origin.top;
    if (element instanceof SVGSVGElement) {
      out.push(serializeSvgElement(element, x, y, serializer));
      return;
    }
    if (box.width > 0 && box.height > 0) {
      const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, box.height / 2, box.width / 2);
      const rx = radius > 0 ? ` rx="${attr(radius)}"` : '';
      const gradient = /rgba?\([^)]*\)/.exec(style.backgroundImage);
      const fill = !isTransparent(style.backgroundColor)
        ? `fill="${style.backgroundColor}"`
        : gradient !== null
          ? `fill="${gradient[0]}" fill-opacity="0.55"`
          : null;
      if (fill !== null) {
        out.push(
          `<rect x="${attr(x)}" y="${attr(y)}" width="${attr(box.width)}" height="${attr(box.height)}"${rx} ${fill}/>`,
        );
      }
      for (const side of SIDES) {
        const width = parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0;
        const color = style.getPropertyValue(`border-${side}-color`);
        if (width === 0 || style.getPropertyValue(`border-${side}-style`) === 'none' || isTransparent(color))
          continue;
        const [sx, sy, sw, sh] =
          side === 'top'
            ? [x, y, box.width, width]
            : side === 'bottom'
              ? [x, y + box.height - width, box.width, width]
              : side === 'left'
                ? [x, y, width, box.height]
                : [x + box.width - width, y, width, box.height];
        out.push(
          `<rect x="${attr(sx)}" y="${attr(sy)}" width="${attr(sw)}" height="${attr(sh)}" fill="${color}"/>`,
        );
      }
    }
    const isClipped = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (isClipped) {
      const id = `clip-${++clips}`;
      out.push(
        `<clipPath id="${id}"><rect x="${attr(x)}" y="${attr(y)}" width="${attr(box.width)}" height="${attr(box.height)}"/></clipPath><g clip-path="url(#${id})">`,
      );
    }
    for (const child of element.childNodes) {
      if (child instanceof Text) out.push(serializeText(child, style, origin.left, origin.top));
      else if (child instanceof Element) walk(child);
    }
    if (isClipped) out.push('</g>');
  };
  for (const child of root.children) walk(child);
  return { content: out.join(''), width: Math.ceil(origin.width), height: Math.ceil(origin.height) };
}

/** Serialises a chart's body as plain SVG: a lone `<svg>` as it is, HTML drawn box by box. */
export function serializeChartBody(body: HTMLElement): SvgPart {
  const only = body.children.length === 1 ? body.firstElementChild : null;
  if (only instanceof SVGSVGElement) {
    const box = body.getBoundingClientRect();
    const content = serializeSvgElement(only, 0, 0, new XMLSerializer());
    return { content, width: Math.ceil(box.width), height: Math.ceil(box.height) };
  }
  return serializeHtml(body);
}

/** The legend shown beside a chart (marked `data-chart-legend` in its card or slide), as plain SVG. */
export function serializeLegend(body: HTMLElement): SvgPart | null {
  const legend = body.closest('[data-slide]')?.querySelector<HTMLElement>('[data-chart-legend]');
  if (legend === null || legend === undefined || legend.getBoundingClientRect().width === 0) return null;
  return serializeHtml(legend);
}

/** Builds the exported SVG of a chart body, framed with its title, legend and source line. */
export function exportChart(body: HTMLElement, title: string, sourceLine: string): ExportedSvg {
  const { content, width, height } = serializeChartBody(body);
  return buildExportSvg({
    content,
    width,
    height,
    title,
    sourceLine,
    legend: serializeLegend(body),
    fontFamily: getComputedStyle(body).fontFamily,
  });
}

/** Saves a blob under a file name, through a temporary link (nothing is uploaded). */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** Draws an exported SVG into a PNG at {@link EXPORT_SCALE}× on white. */
export async function renderPng(exported: ExportedSvg): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the page's Content-Security-Policy allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(exported.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(exported.width * EXPORT_SCALE);
  canvas.height = Math.round(exported.height * EXPORT_SCALE);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('PNG encoding failed')) : resolve(blob)),
      'image/png',
    ),
  );
}

/** An exported SVG drawn into a PNG, as a `data:` URL (for a slide of a PowerPoint file). */
export async function renderPngDataUrl(exported: ExportedSvg): Promise<string> {
  const blob = await renderPng(exported);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the PNG could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Copies a chart to the clipboard as a PNG (what slide and word-processing programs paste). The PNG is made
 * inside the clipboard item, so the browser still counts the copy as the click's own.
 */
export async function copyPng(exported: ExportedSvg): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': renderPng(exported) })]);
}

/** Any drawn element (a slide's chart with everything in it) as a standalone plain SVG on white. */
export function exportElement(element: HTMLElement): ExportedSvg {
  const { content, width, height } = serializeHtml(element);
  const font = escapeXml(getComputedStyle(element).fontFamily);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${content}</svg>`;
  return { svg, width, height };
}
