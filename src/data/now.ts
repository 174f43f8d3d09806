import { environment } from '../environment';

/** The build's idea of "now", read once so every page agrees. */
export const now: Date = environment.now;
