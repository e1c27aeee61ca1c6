import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../ingest/clean.ts';
import { loadContent } from '../ingest/content/index.ts';
import { isTitle, sortHead } from '../ingest/describe/head.ts';
import { FEATURES, type Feature, splitDeck } from '../ingest/describe/headline.ts';
import { splitHead, teasersOf } from '../ingest/describe/index.ts';
import { readSeed } from '../ingest/read.ts';
import { segment } from '../ingest/segment.ts';
import { normalise } from './fields.ts';
import { articleNumber, loadGold } from './gold.ts';
import { accuracy, type Choice, type FitOptions, fitRanking, leaveOneOut, type Model } from './ranking.ts';

/**
 * `npm run fit:headline` fits the headline's feature weights (describe/headline.ts) on the development split of
 * the evaluation set and writes them to describe/headline-weights.json. Each article is one choice among its
 * title-like head lines and "no headline"; the right option is the line that is the gold headline (compared as the
 * evaluation compares headlines, spaces aside, since repairs may split a word run into another; a deck run into the
 * line is cut off first, as describe does), or "no headline"
 * where gold has none. An article whose gold headline is no candidate (the head was cut elsewhere, or the headline
 * is run together with its deck) teaches nothing about the weights and is left out, and counted as missed.
 * It prints the share right in sample and by leave-one-article-out cross-validation, for the hand-set weights of
 * before and the fitted ones, and the fitted weights' figure on the first test split when fitted without it.
 * Test-split articles are never read: their gold is read first, and their text is not opened.
 */
const root = resolve(import.meta.dirname, '..', '..');
const folder = join(root, 'test', 'eval');
const out = join(root, 'scripts', 'ingest', 'describe', 'headline-weights.json');

/**
 * The L2 penalty, set before any fit and not tuned on the set: λ = 1 is a unit Gaussian prior on each weight,
 * fitting for features between 0 and 1 and some fifty articles. The figures for other λ are printed as a check.
 */
const LAMBDA = 1;
const OPTIONS: FitOptions = { lambda: LAMBDA };

/** The articles of the first test split (test/eval/README.md), which the hand-set weights were not set on. */
const FIRST_TEST = new Set([21, 24, 27, 30, 33, 36, 39, 42, ...range(43, 54)]);
/**
 * The splits that joined development last (131–150, the sixth test split; 151–170, the seventh): what carries over to
 * each from the articles before it is printed too.
 */
const FIFTH = { from: 131, to: 150 };
const NEWEST = { from: 151, to: 170 };

/** The hand-set weights the ingest had before the fit, in the fitted features' terms (new features at 0). */
const HAND: Model = {
  none: 0.5,
  weights: weightsOf({
    echo: 3,
    echoUnknown: 1,
    verb: 1,
    oneWord: -3,
    twoWords: -1.5,
    short: -0.5,
    long: -1,
    capitals: -2,
    prefix: -3,
    stamp: -4,
    dated: -4,
    caption: -4,
    person: -4,
    place: -4,
    role: -3,
    siteLabel: -3,
    menu: -3,
    tags: -3,
    agency: -5,
    later: -1.6,
  }),
};

interface Article {
  name: string;
  choice: Choice | undefined;
}

const { lexicon } = loadContent(join(root, 'content'), []);
const articles: Article[] = readdirSync(join(folder, 'gold'))
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ name: file.replace(/\.json$/, ''), gold: loadGold(join(folder, 'gold', file)) }))
  .filter(({ gold }) => gold.split === 'development')
  .map(({ name, gold }) => ({ name, choice: choiceOf(name, gold.headline) }));

/** One development article as a choice among its head's title-like lines, or undefined when gold's headline is none of them. */
function choiceOf(name: string, headline: string | null | undefined): Choice | undefined {
  const file = `${name}.txt`;
  const { text } = readSeed(file, readFileSync(join(folder, 'articles', file)));
  const cleaned = clean(segment(text).pieces, lexicon);
  const teasers = teasersOf(cleaned.kept, cleaned.changes);
  const { head, body } = splitHead(
    cleaned.kept.filter((piece) => !teasers.has(piece)),
    lexicon,
  );
  const { candidates } = sortHead(head, body, lexicon);
  const titles = candidates.filter(({ piece }) => isTitle(piece.text));
  const vectors = titles.map(({ vector }) => FEATURES.map((feature) => vector[feature]));
  if (headline === undefined) return undefined;
  if (headline === null) return { vectors, right: 'none' };
  const wanted = compact(headline);
  const right = titles.findIndex(({ title }) => compact(splitDeck(title).title) === wanted);
  return right === -1 ? undefined : { vectors, right };
}

function compact(text: string): string {
  return normalise(text).replace(/\s+/g, '');
}

function weightsOf(values: Partial<Record<Feature, number>>): number[] {
  return FEATURES.map((feature) => values[feature] ?? 0);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const learnable = articles.flatMap(({ choice }) => (choice ? [choice] : []));
const total = articles.length;
/** A share of the learnable choices given over every development article, the unlearnable ones counted as missed. */
const share = (right: number) => {
  const count = Math.round(right * learnable.length);
  return `${(count / total).toFixed(2)} (${count}/${total})`;
};
const inSet = (set: Set<number>, test: boolean) =>
  articles.flatMap(({ name, choice }) => (choice && set.has(articleNumber(name)) === test ? [choice] : []));
const onSplit = (test: boolean) => inSet(FIRST_TEST, test);
/**
 * Right of the articles from `from` to `to`, counted over all of them (unlearnable ones missed), when fitted on the
 * articles before `from` alone: the articles collected before them, as they stood when these were blind.
 */
const heldOut = ({ from, to }: { from: number; to: number }) => {
  const numbered = (test: (number: number) => boolean) =>
    articles.flatMap(({ name, choice }) => (choice && test(articleNumber(name)) ? [choice] : []));
  const scored = numbered((number) => number >= from && number <= to);
  const count = Math.round(
    accuracy(
      scored,
      fitRanking(
        numbered((number) => number < from),
        OPTIONS,
      ),
    ) * scored.length,
  );
  const all = articles.filter(({ name }) => articleNumber(name) >= from && articleNumber(name) <= to).length;
  return `${count}/${all}`;
};
const fifth = heldOut(FIFTH);
const newest = heldOut(NEWEST);

const model = fitRanking(learnable, OPTIONS);
const inSample = accuracy(learnable, model);
const crossValidated = leaveOneOut(learnable, OPTIONS);
const beforeTest = fitRanking(onSplit(false), OPTIONS);
const unseen = accuracy(onSplit(true), beforeTest);
const lines = [
  `Development articles: ${total}; whose gold headline is a candidate line or none: ${learnable.length}; the others are counted as missed.`,
  `Not learnable (gold headline is no candidate): ${
    articles
      .filter(({ choice }) => !choice)
      .map(({ name }) => articleNumber(name))
      .join(', ') || 'none'
  }`,
  `Hand-set weights: in sample ${share(accuracy(learnable, HAND))}; on the first test split ${accuracy(onSplit(true), HAND).toFixed(2)}`,
  `Fitted (λ = ${LAMBDA}): in sample ${share(inSample)}; leave-one-article-out ${share(crossValidated)}; fitted without the first test split, on it ${unseen.toFixed(2)} (${onSplit(true).length} learnable); fitted on 01–130, on 131–150 ${fifth}; fitted on 01–150, on 151–170 ${newest}`,
  ...[0.1, 0.3, 3, 10].map(
    (lambda) => `  λ = ${lambda}: leave-one-article-out ${share(leaveOneOut(learnable, { lambda }))}`,
  ),
  ...articles.map(({ name, choice }) => {
    const wrong = choice && accuracy([choice], model) === 0;
    return !choice || wrong ? `  missed in sample: ${name}` : '';
  }),
].filter(Boolean);
console.log(lines.join('\n'));

const round = (value: number) => Math.round(value * 1000) / 1000;
const written = {
  method: `Fitted by scripts/eval/fit-headline.ts (npm run fit:headline): conditional logistic ranking of each development article's title-like head lines and "no headline", L2 penalty λ = ${LAMBDA}. Right in sample ${share(inSample)}, by leave-one-article-out cross-validation ${share(crossValidated)}; fitted without the first test split (test/eval/README.md), right on it ${unseen.toFixed(2)}; fitted on 01–130, right on 131–150 ${fifth}; fitted on 01–150, right on 151–170 ${newest}.`,
  none: round(model.none),
  weights: Object.fromEntries(FEATURES.map((feature, index) => [feature, round(model.weights[index] ?? 0)])),
};
writeFileSync(out, `${JSON.stringify(written, null, 2)}\n`);
console.log(`Written: ${out.replace(`${root}/`, '')}`);
