/** Runs the build's extraction on a draft's text off the main thread, so typing and scrolling stay smooth. */

import { extractDraft } from '../../../lib/draft/check.ts';
import type { DraftRequest, DraftResponse } from './extractor.ts';

self.onmessage = (event: MessageEvent<DraftRequest>) => {
  const { id, text, indicators, horizonYear } = event.data;
  const started = performance.now();
  let response: DraftResponse;
  try {
    const plan = extractDraft(text, { indicators, horizonYear });
    response = { id, text: plan.text, records: plan.records, ms: performance.now() - started };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
