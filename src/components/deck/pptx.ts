/**
 * The deck as a PowerPoint file (pptxgenjs, loaded only when asked for): one 16:9 slide per deck slide, the
 * chart as a PNG at twice its size, the title, finding, source line and number as editable text.
 */

import type { Lang } from '../../lib/i18n/lang.ts';
import { exportElement, renderPngDataUrl } from '../chart/export-dom.ts';

/** What one drawn slide gives the file. */
export interface SlideCapture {
  title: string;
  finding: string;
  source: string;
  number: string;
  /** The chart as a PNG `data:` URL, with its size in CSS pixels (the image has twice as many). */
  image: { data: string; width: number; height: number } | null;
}

/** Reads a drawn slide (`SlideFrame`): its texts, and its chart drawn into a PNG. */
export async function captureSlide(frame: HTMLElement): Promise<SlideCapture> {
  const text = (selector: string) => frame.querySelector(selector)?.textContent?.trim() ?? '';
  const chart = frame.querySelector<HTMLElement>('[data-slide-chart]');
  let image: SlideCapture['image'] = null;
  if (chart !== null && chart.getBoundingClientRect().height > 0) {
    const exported = exportElement(chart);
    image = { data: await renderPngDataUrl(exported), width: exported.width, height: exported.height };
  }
  return {
    title: text('h2'),
    finding: text('[data-finding]'),
    source: text('[data-source]'),
    number: text('.number'),
    image,
  };
}

/** Slide size in inches (PowerPoint's 16:9) and the box the chart is fitted into. */
const PAGE = { width: 10, height: 5.625 };
const CHART_BOX = { x: 0.4, y: 1.45, w: 9.2, h: 3.6 };

/** Builds the .pptx file of captured slides. */
export async function buildPptx(slides: readonly SlideCapture[], lang: Lang, title: string): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = title;
  // Fonts both PowerPoint and WPS have on Windows; the text stays editable, so another font can be chosen.
  const fontFace = lang === 'zh' ? 'Microsoft YaHei' : 'Calibri';
  const language = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const base = { fontFace, lang: language, margin: 0, valign: 'top' as const };
  for (const capture of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addText(capture.title, {
      ...base,
      x: 0.4,
      y: 0.25,
      w: 9.2,
      h: 0.6,
      fontSize: 22,
      bold: true,
      color: '17202E',
    });
    slide.addText(capture.finding, {
      ...base,
      x: 0.4,
      y: 0.85,
      w: 9.2,
      h: 0.55,
      fontSize: 13,
      color: '3A4556',
    });
    if (capture.image !== null) {
      const ratio = Math.min(CHART_BOX.w / capture.image.width, CHART_BOX.h / capture.image.height);
      const w = capture.image.width * ratio;
      const h = capture.image.height * ratio;
      slide.addImage({
        data: capture.image.data,
        x: CHART_BOX.x + (CHART_BOX.w - w) / 2,
        y: CHART_BOX.y,
        w,
        h,
        altText: capture.title,
      });
    }
    slide.addText(capture.source, {
      ...base,
      x: 0.4,
      y: PAGE.height - 0.5,
      w: 8.4,
      h: 0.4,
      fontSize: 8,
      color: '566173',
    });
    slide.addText(capture.number, {
      ...base,
      x: PAGE.width - 1.2,
      y: PAGE.height - 0.5,
      w: 0.8,
      h: 0.4,
      fontSize: 10,
      color: '566173',
      align: 'right',
    });
  }
  const blob = await pptx.write({ outputType: 'blob' });
  return blob as Blob;
}
