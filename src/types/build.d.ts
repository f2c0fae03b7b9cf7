/** Constants Vite writes into the bundle at build time (vite.config.ts `define`). */

/** The day the site was built, `YYYY-MM-DD` (UTC). */
declare const __BUILD_DATE__: string;
