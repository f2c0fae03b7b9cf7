/** One colour per domain, used by every chart: Okabe–Ito hues, distinguishable with colour-blindness and on a projector. */

import type { Domain } from '../extract/types.ts';
import type { AttainmentStatus } from '../outcomes/attainment.ts';

/** Okabe & Ito (2008) "Color Universal Design"; yellow is left out because it vanishes on white. */
export const DOMAIN_COLORS: Readonly<Record<Domain, string>> = {
  product: '#0072B2',
  engineering: '#E69F00',
  service: '#CC79A7',
  environment: '#009E73',
  foundation: '#D55E00',
};

/**
 * One colour per attainment status (Okabe–Ito again), always drawn with the status named beside it. "No
 * outcome reported" is a dark grey as strong as "met": missing evidence is a finding, not a blank.
 */
export const STATUS_COLORS: Readonly<Record<AttainmentStatus, string>> = {
  met: '#009E73',
  partly_met: '#56B4E9',
  missed: '#D55E00',
  no_baseline: '#CC79A7',
  no_outcome: '#4D4D4D',
  not_due: '#E69F00',
  not_assessable: '#B8BEC9',
};
