/**
 * A Web Worker that reads plan files off the main thread: post a ReadRequest (the file's bytes,
 * transferred, its name and the plan options), receive a ReadResponse (text, blocks, warnings, records)
 * or the reason the file cannot be read; or post an ExtractRequest (a text already read, and other plan
 * options) and receive its records again. pdf.js's CMaps and standard fonts come from this origin.
 */
import { extractFromText, type ExtractedPlan, type PlanOptions } from '../extract/index.ts';
import { readPlan, type ReadPlanResult } from './plan.ts';
import { DocumentReadError, PDFJS_ASSETS } from './types.ts';

export interface ReadRequest {
  id: number;
  bytes: ArrayBuffer;
  fileName: string;
  plan: PlanOptions;
}

export type ReadResponse =
  ({ id: number; ok: true } & ReadPlanResult) | { id: number; ok: false; fileName: string; error: string };

/** A text the reader made, to extract again with other options (a plan's metadata changed). */
export interface ExtractRequest {
  id: number;
  text: string;
  plan: PlanOptions;
}

export type ExtractResponse =
  { id: number; ok: true; plan: ExtractedPlan } | { id: number; ok: false; error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReadRequest | ExtractRequest>) => void) | null;
  postMessage(message: ReadResponse | ExtractResponse): void;
  location: { origin: string };
};

// The app's base path: the worker's own URL sits under /assets/ of the same build.
const base = new URL(import.meta.env.BASE_URL, scope.location.origin);

scope.onmessage = async ({ data }) => {
  if ('text' in data) {
    try {
      scope.postMessage({ id: data.id, ok: true, plan: extractFromText(data.text, data.plan) });
    } catch (e) {
      scope.postMessage({ id: data.id, ok: false, error: (e as Error).message });
    }
    return;
  }
  try {
    const result = await readPlan(new Uint8Array(data.bytes), data.fileName, {
      ...data.plan,
      cMapUrl: new URL(PDFJS_ASSETS.cMaps, base).href,
      standardFontDataUrl: new URL(PDFJS_ASSETS.standardFonts, base).href,
    });
    scope.postMessage({ id: data.id, ok: true, ...result });
  } catch (e) {
    const error = e instanceof DocumentReadError ? e.message : `${data.fileName}: ${(e as Error).message}`;
    scope.postMessage({ id: data.id, ok: false, fileName: data.fileName, error });
  }
};
