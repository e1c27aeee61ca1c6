import { describe, expect, it } from 'vitest';
import { nextTarget } from './keys.ts';

const targets = [
  { x: 320, lane: 0, y: 10 },
  { x: 100, lane: 0, y: 30 },
  { x: 200, lane: 1, y: 80 },
  { x: 500, lane: 2, y: 140 },
];

describe('moving between events with the keyboard', () => {
  it('goes to the next and previous event in time with → and ←, and stops at the ends', () => {
    expect(nextTarget(targets, 1, 'ArrowRight')).toBe(2);
    expect(nextTarget(targets, 2, 'ArrowRight')).toBe(0);
    expect(nextTarget(targets, 3, 'ArrowRight')).toBe(3);
    expect(nextTarget(targets, 1, 'ArrowLeft')).toBe(1);
  });

  it('jumps to the first and last with Home and End', () => {
    expect(nextTarget(targets, 2, 'Home')).toBe(1);
    expect(nextTarget(targets, 2, 'End')).toBe(3);
  });

  it('goes to the nearest event in time in the lane above or below with ↑ and ↓', () => {
    expect(nextTarget(targets, 2, 'ArrowUp')).toBe(1);
    expect(nextTarget(targets, 0, 'ArrowDown')).toBe(2);
    expect(nextTarget(targets, 3, 'ArrowDown')).toBe(3);
  });

  it('ignores other keys', () => {
    expect(nextTarget(targets, 0, 'a')).toBeUndefined();
  });
});
