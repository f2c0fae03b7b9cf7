/**
 * The browser half of chart export: copies a chart's DOM with its computed styles inlined (so the file
 * looks like the screen without the page's stylesheet), then saves it as SVG or draws it into a PNG.
 */

import { EXPORT_SCALE, buildExportSvg, type ExportedSvg } from '../../lib/chart/export.ts';

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

/** Serialises a chart's body: a lone `<svg>` as it is, anything else inside a `<foreignObject>`. */
export function serializeChartBody(body: HTMLElement): { content: string; width: number; height: number } {
  const box = body.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const clone = body.cloneNode(true) as HTMLElement;
  inlineStyles(body, clone, null);
  for (const node of clone.querySelectorAll(SKIP)) node.remove();
  for (const node of clone.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
  const serializer = new XMLSerializer();
  const only = clone.children.length === 1 ? clone.firstElementChild : null;
  if (only instanceof SVGSVGElement) {
    only.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    only.setAttribute('x', '0');
    only.setAttribute('y', '0');
    return { content: serializer.serializeToString(only), width, height };
  }
  clone.style.setProperty('margin', '0');
  clone.style.setProperty('width', `${width}px`);
  return {
    content: `<foreignObject x="0" y="0" width="${width}" height="${height}">${serializer.serializeToString(clone)}</foreignObject>`,
    width,
    height,
  };
}

/** Builds the exported SVG of a chart body, framed with its title and source line. */
export function exportChart(body: HTMLElement, title: string, sourceLine: string): ExportedSvg {
  const { content, width, height } = serializeChartBody(body);
  return buildExportSvg({
    content,
    width,
    height,
    title,
    sourceLine,
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
