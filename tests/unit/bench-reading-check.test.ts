import { describe, expect, it } from 'vitest';
import { comparable, withoutExpansions } from '../../tools/bench/reading-check';

describe('the benchmark\'s no-JavaScript reading check', () => {
  it('finds a sentence whole when the site has explained an abbreviation in it', () => {
    // What Chromium shows for a generated event whose text first uses AP and SEMH.
    const shown = 'Priorities include diverse AP (alternative provision) commissioning, SEMH (social, emotional and mental health) capacity.';
    const expansions = [' (alternative provision)', ' (social, emotional and mental health)'];
    const written = 'Priorities include diverse AP commissioning, SEMH capacity.';
    expect(comparable(shown)).not.toContain(comparable(written));
    expect(comparable(withoutExpansions(shown, expansions))).toContain(comparable(written));
  });

  it('still misses words that are not there', () => {
    expect(comparable(withoutExpansions('Diverse AP (alternative provision) commissioning.', [' (alternative provision)']))).not.toContain(
      comparable('Diverse AP commissioning, time-limited placements'),
    );
  });
});
