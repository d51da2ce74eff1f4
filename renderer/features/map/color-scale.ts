// The map's sequential scale: article counts in up to five classes on a log scale (news piles up
// on a few countries), each class a shade 1–5 that map.css draws for the light and dark theme.

/** Shades are CSS classes `map-shade-1` … `map-shade-5`; 0 is the neutral grey of no articles. */
export const shadeCount = 5;

export interface ScaleClass {
  /** Lowest and highest count in the class (inclusive). */
  low: number;
  high: number;
  shade: number;
  /** "1", "2–4", "40–120". */
  label: string;
}

export interface ColorScale {
  classes: ScaleClass[];
  /** 0 for no articles, else the shade of the count's class. */
  shadeFor: (count: number) => number;
}

export function buildColorScale(max: number): ColorScale {
  const top = Math.max(0, Math.floor(max));
  if (top === 0) return { classes: [], shadeFor: () => 0 };

  const steps = Math.min(shadeCount, top);
  const lows: number[] = [];
  for (let i = 0; i < steps; i++) {
    const low = Math.max(1, Math.ceil(top ** (i / steps) - 1e-9));
    if (low !== lows.at(-1)) lows.push(low);
  }

  const classes = lows.map((low, index): ScaleClass => {
    const high = (lows[index + 1] ?? top + 1) - 1;
    // Fewer classes than shades skip the palest, which is hard to tell from grey on a small
    // country; the rest spread out so neighbouring classes stay far apart.
    const first = lows.length < shadeCount ? 2 : 1;
    const shade =
      lows.length === 1
        ? shadeCount - 1
        : first + Math.round((index * (shadeCount - first)) / (lows.length - 1));
    return { low, high, shade, label: low === high ? `${low}` : `${low}–${high}` };
  });

  return {
    classes,
    shadeFor: (count) => {
      if (count <= 0) return 0;
      for (let i = classes.length - 1; i >= 0; i--) {
        const candidate = classes[i]!;
        if (count >= candidate.low) return candidate.shade;
      }
      return 0;
    },
  };
}
