/** One colour per domain, used by every chart: Okabe–Ito hues, distinguishable with colour-blindness and on a projector. */

import type { Domain } from '../extract/types.ts';

/** Okabe & Ito (2008) "Color Universal Design"; yellow is left out because it vanishes on white. */
export const DOMAIN_COLORS: Readonly<Record<Domain, string>> = {
  product: '#0072B2',
  engineering: '#E69F00',
  service: '#CC79A7',
  environment: '#009E73',
  foundation: '#D55E00',
};
