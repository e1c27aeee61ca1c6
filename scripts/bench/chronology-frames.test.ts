import { describe, expect, it } from 'vitest';
import { frameFigures } from './chronology-frames.ts';

describe('frameFigures', () => {
  it('gives the overall rate, the median and 5th-percentile frame rates and the longest frame', () => {
    const figures = frameFigures([0, 16, 32, 48, 100]);
    expect(figures).toEqual({ frames: 4, fps: 40, medianFps: 62.5, p5Fps: 1000 / 52, longestMs: 52 });
  });

  it('gives nothing for fewer than two frames', () => {
    expect(frameFigures([5])).toBeUndefined();
  });
});
