/**
 * The moment the test build treats as "now": mid-January 2026, after the December
 * consultations closed and before the first banded-descriptors workshop.
 */
export const TEST_SITE_NOW = '2026-01-15T12:00:00Z';
