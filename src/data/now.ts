import { resolveNow } from '../lib/london-time';

/** The build's idea of "now", read once so every page agrees. */
export const now: Date = resolveNow(process.env.SITE_NOW);
