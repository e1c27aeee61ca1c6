import { describe, expect, it } from 'vitest';
import { accuracy, type Choice, fitRanking, leaveOneOut, pick } from './ranking.ts';

// Two features: [echoed, furniture]. In every choice the echoed line without furniture is right.
const choices: Choice[] = [
  {
    vectors: [
      [0, 1],
      [1, 0],
    ],
    right: 1,
  },
  {
    vectors: [
      [1, 0],
      [0, 1],
      [0, 0],
    ],
    right: 0,
  },
  {
    vectors: [
      [1, 1],
      [1, 0],
    ],
    right: 1,
  },
  {
    vectors: [
      [0, 1],
      [0, 0],
    ],
    right: 'none',
  },
];

describe('the conditional logistic ranking', () => {
  it('learns a positive weight for what the right lines share and a negative one for furniture', () => {
    const model = fitRanking(choices, { lambda: 0.1 });
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
    expect(accuracy(choices, model)).toBe(1);
  });

  it('picks "none" when no line beats its score', () => {
    expect(pick({ vectors: [[0, 1]] }, { weights: [2, -3], none: 0 })).toBe('none');
    expect(pick({ vectors: [[1, 0]] }, { weights: [2, -3], none: 0 })).toBe(0);
  });

  it('shrinks the weights as the penalty grows', () => {
    const loose = fitRanking(choices, { lambda: 0.01 });
    const tight = fitRanking(choices, { lambda: 10 });
    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0));
  });

  it('is deterministic', () => {
    expect(fitRanking(choices, { lambda: 1 })).toEqual(fitRanking(choices, { lambda: 1 }));
  });

  it('scores each choice with a model fitted without it', () => {
    expect(leaveOneOut(choices, { lambda: 0.1, iterations: 500 })).toBeGreaterThanOrEqual(0);
  });
});
