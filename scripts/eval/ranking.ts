/**
 * A conditional logistic ranking model (McFadden's conditional logit; the listwise "softmax" ranking loss): each
 * article offers several candidate lines and the option "none", one of which is right. A candidate's score is
 * the weighted sum of its features, "none" has a score of its own, and the probability of each option is the
 * softmax of the scores. Fitting minimises the mean negative log-likelihood of the right options plus an L2
 * penalty on the feature weights (a Gaussian prior of variance 1/λ on each), which keeps a feature that few
 * articles show from taking a large weight on their account.
 *
 * Written by hand because no maintained npm package fits a conditional logit: ml-logistic-regression fits
 * one-vs-rest classes without a penalty, and fmin's minimisers no longer load as an ES module. The objective is
 * convex and smooth, so plain gradient descent with a fixed step reaches its one minimum; a few dozen lines, and
 * deterministic (zero start, fixed step and count).
 */

/** One article's choice: its candidates' feature values, and which candidate is right (`none` for none of them). */
export interface Choice {
  vectors: number[][];
  right: number | 'none';
}

/** Fitted weights: one per feature, and the score of "none". */
export interface Model {
  weights: number[];
  none: number;
}

/** How the fit runs: the L2 penalty λ, the gradient step and the number of steps. */
export interface FitOptions {
  lambda: number;
  /** The gradient step; 0.1 is safe for features between 0 and 1, a few dozen of them. */
  step?: number;
  /** Steps of gradient descent; 4000 bring the gradient's norm under 1e-4 on the evaluation set. */
  iterations?: number;
}

/** A candidate's score: the weighted sum of its features. */
export function scoreOf(vector: number[], weights: number[]): number {
  return vector.reduce((sum, value, feature) => sum + value * (weights[feature] ?? 0), 0);
}

/** What the model picks for one choice: the best-scoring candidate if it beats "none", else `none`. */
export function pick(choice: Pick<Choice, 'vectors'>, model: Model): number | 'none' {
  let best: number | 'none' = 'none';
  let bestScore = model.none;
  choice.vectors.forEach((vector, index) => {
    const score = scoreOf(vector, model.weights);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/**
 * Fits the weights to the choices by gradient descent on the penalised mean negative log-likelihood. The choices'
 * values are copied once into flat arrays and the scratch space is allocated once, since the loop runs thousands of
 * times over every candidate; the sums are taken in the same order as a plain loop would, so the result is the same.
 */
export function fitRanking(choices: Choice[], { lambda, step = 0.1, iterations = 4000 }: FitOptions): Model {
  const size = choices[0]?.vectors[0]?.length ?? 0;
  const weights = new Float64Array(size);
  const gradient = new Float64Array(size);
  let none = 0;
  const n = choices.length;
  const flat = choices.map(({ vectors, right }) => ({
    count: vectors.length,
    values: Float64Array.from(vectors.flatMap((vector) => Array.from({ length: size }, (_, at) => vector[at] ?? 0))),
    right,
  }));
  const widest = Math.max(0, ...flat.map(({ count }) => count));
  const scores = new Float64Array(widest + 1);
  for (let round = 0; round < iterations; round++) {
    for (let feature = 0; feature < size; feature++) gradient[feature] = (lambda * (weights[feature] ?? 0)) / n;
    let gradientNone = 0;
    for (const { count, values, right } of flat) {
      let top = none;
      for (let index = 0; index < count; index++) {
        let score = 0;
        for (let feature = 0; feature < size; feature++) {
          score += (values[index * size + feature] ?? 0) * (weights[feature] ?? 0);
        }
        scores[index] = score;
        if (score > top) top = score;
      }
      scores[count] = none;
      let total = 0;
      for (let index = 0; index <= count; index++) {
        const exp = Math.exp((scores[index] ?? 0) - top);
        scores[index] = exp;
        total += exp;
      }
      // d(-log p_right)/dθ = Σ p_i x_i - x_right, with "none" the last option and its own parameter.
      for (let index = 0; index < count; index++) {
        const p = (scores[index] ?? 0) / total;
        for (let feature = 0; feature < size; feature++) {
          gradient[feature] = (gradient[feature] ?? 0) + (p * (values[index * size + feature] ?? 0)) / n;
        }
      }
      gradientNone += (scores[count] ?? 0) / total / n;
      if (right === 'none') gradientNone -= 1 / n;
      else
        for (let feature = 0; feature < size; feature++) {
          gradient[feature] = (gradient[feature] ?? 0) - (values[right * size + feature] ?? 0) / n;
        }
    }
    for (let feature = 0; feature < size; feature++) {
      weights[feature] = (weights[feature] ?? 0) - step * (gradient[feature] ?? 0);
    }
    none -= step * gradientNone;
  }
  return { weights: Array.from(weights), none };
}

/** The share of choices the model gets right. */
export function accuracy(choices: Choice[], model: Model): number {
  return choices.filter((choice) => pick(choice, model) === choice.right).length / Math.max(choices.length, 1);
}

/** Leave-one-out: each choice picked by a model fitted on all the others; the share right. */
export function leaveOneOut(choices: Choice[], options: FitOptions): number {
  const right = choices.filter((choice, index) => {
    const model = fitRanking(
      choices.filter((_, other) => other !== index),
      options,
    );
    return pick(choice, model) === choice.right;
  });
  return right.length / Math.max(choices.length, 1);
}
