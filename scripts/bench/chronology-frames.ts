/** How smoothly a gesture drew: frames counted with `requestAnimationFrame` in the page while it ran. */
export interface FrameFigures {
  /** Frames drawn. */
  frames: number;
  /** Frames per second over the whole gesture: frames ÷ the time they took. */
  fps: number;
  /** The median of each frame's own rate (1000 ÷ its duration in ms). */
  medianFps: number;
  /** The 5th percentile of each frame's rate: 95% of frames were at least this smooth. */
  p5Fps: number;
  /** The longest frame, in ms. */
  longestMs: number;
}

/**
 * Figures from the timestamps (ms) of successive animation frames; undefined for fewer than two. Percentiles are
 * nearest-rank (the smallest value with at least p% of the values at or below it).
 */
export function frameFigures(stamps: number[]): FrameFigures | undefined {
  if (stamps.length < 2) return undefined;
  const durations = stamps.slice(1).map((stamp, i) => stamp - (stamps[i] ?? stamp));
  const rates = durations.map((ms) => 1000 / Math.max(ms, Number.EPSILON)).sort((a, b) => a - b);
  const rank = (p: number) => rates[Math.max(0, Math.ceil((p / 100) * rates.length) - 1)] ?? 0;
  const elapsed = (stamps.at(-1) ?? 0) - (stamps[0] ?? 0);
  return {
    frames: durations.length,
    fps: (durations.length * 1000) / elapsed,
    medianFps: rank(50),
    p5Fps: rank(5),
    longestMs: Math.max(...durations),
  };
}
