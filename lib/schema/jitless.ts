import { z } from 'zod';

/**
 * Imported first by every entry that bundles zod (background, options, popup, side panel), before
 * any schema is built: zod decides per object schema, at creation, whether to compile its parser
 * with the Function constructor, probing for eval once. Extension pages forbid eval (CSP), so the
 * probe only raises a CSP violation report (Firefox logs it); jitless skips probe and compiler.
 */
z.config({ jitless: true });
