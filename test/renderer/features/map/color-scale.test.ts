// The map's sequential colour scale: log-spaced classes, their legend labels and shades.
import { describe, expect, it } from 'vitest';
import { buildColorScale, shadeCount } from '../../../../renderer/features/map/color-scale.ts';

describe('buildColorScale', () => {
  it('has no classes when nothing is counted, and shades every count neutral', () => {
    const scale = buildColorScale(0);
    expect(scale.classes).toEqual([]);
    expect(scale.shadeFor(0)).toBe(0);
    expect(scale.shadeFor(3)).toBe(0);
  });

  it('gives a single count one clearly coloured class', () => {
    const scale = buildColorScale(1);
    expect(scale.classes).toEqual([{ low: 1, high: 1, shade: 4, label: '1' }]);
    expect(scale.shadeFor(1)).toBe(4);
  });

  it('keeps two classes far apart, skipping the palest shade', () => {
    const scale = buildColorScale(2);
    expect(scale.classes.map((c) => [c.label, c.shade])).toEqual([
      ['1', 2],
      ['2', 5],
    ]);
  });

  it('splits large counts on a log scale into five classes covering 1..max', () => {
    const scale = buildColorScale(100);
    expect(scale.classes.map((c) => c.label)).toEqual(['1–2', '3–6', '7–15', '16–39', '40–100']);
    expect(scale.classes.map((c) => c.shade)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.classes).toHaveLength(shadeCount);
  });

  it('shades a count by the class it falls in, and never neutral for one article', () => {
    const scale = buildColorScale(100);
    expect(scale.shadeFor(0)).toBe(0);
    expect(scale.shadeFor(1)).toBe(1);
    expect(scale.shadeFor(2)).toBe(1);
    expect(scale.shadeFor(3)).toBe(2);
    expect(scale.shadeFor(39)).toBe(4);
    expect(scale.shadeFor(40)).toBe(5);
    expect(scale.shadeFor(100)).toBe(5);
    expect(scale.shadeFor(1000)).toBe(5);
  });

  it('classes touch without gaps or overlaps, and shades grow with counts', () => {
    for (const max of [1, 2, 3, 4, 5, 6, 7, 9, 10, 17, 33, 250, 12_345]) {
      const { classes } = buildColorScale(max);
      expect(classes[0]?.low).toBe(1);
      expect(classes.at(-1)?.high).toBe(max);
      for (let i = 1; i < classes.length; i++) {
        expect(classes[i]!.low).toBe(classes[i - 1]!.high + 1);
        expect(classes[i]!.shade).toBeGreaterThan(classes[i - 1]!.shade);
      }
      expect(classes.every((c) => c.shade >= 1 && c.shade <= shadeCount)).toBe(true);
    }
  });
});
