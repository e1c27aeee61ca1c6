import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../ingest/clean.ts';
import { loadContent } from '../ingest/content/index.ts';
import { describe } from '../ingest/describe/index.ts';
import { bodyFeatures, FEATURES, logistic, namesKept, THRESHOLD } from '../ingest/furniture.ts';
import { readSeed } from '../ingest/read.ts';
import { segment } from '../ingest/segment.ts';
import { isProse } from '../ingest/text/prose.ts';
import { normalise } from './fields.ts';
import { articleNumber, loadGold } from './gold.ts';
import { type Choice, type FitOptions, fitRanking, type Model } from './ranking.ts';

/**
 * `npm run fit:furniture` fits the furniture model's weights (ingest/furniture.ts) on the development split of the
 * evaluation set and writes them to ingest/furniture-weights.json. Every piece of an article's body, as describe
 * leaves it, is one example: furniture when it is one of the lines gold lists as furniture (the piece and the gold
 * line the same text, give or take two fifths of the longer), text when it stands between the pieces that hold gold's
 * first and last paragraph (both included). Gold lists at most five lines of furniture an article, so a piece
 * outside that span that gold does not list may be furniture or not, and teaches nothing: it is left out.
 *
 * The model is a logistic regression with an L2 penalty, fitted with the conditional logit of ranking.ts: a piece is
 * a choice between itself (furniture) and "none" (text), which is exactly a binary logistic model whose intercept is
 * minus the score of "none". It prints what the model takes out at `THRESHOLD`, fitted on every article (in sample)
 * and by ten-fold cross-validation by article (each article scored by weights fitted without it and the other
 * articles of its fold): the furniture lines taken out, the text pieces taken out, and the pieces holding gold's
 * first or last paragraph taken out, which must be none. Test-split articles are never read.
 */
const root = resolve(import.meta.dirname, '..', '..');
const folder = join(root, 'test', 'eval');
const out = join(root, 'scripts', 'ingest', 'furniture-weights.json');

/** The L2 penalty, set before any fit as for the headline (fit-headline.ts): a unit Gaussian prior on each weight. */
const LAMBDA = 1;
const OPTIONS: FitOptions = { lambda: LAMBDA };
/** Folds of the cross-validation: articles are dealt to them in order of their number, so each fold spans the set. */
const FOLDS = 10;

interface Example {
  vector: number[];
  furniture: boolean;
  /** The piece holds gold's first or last paragraph. */
  paragraph: boolean;
  /** The piece gives no name the rest of the body does not, so that furniture.ts may take it out (`namesKept`). */
  removable: boolean;
  text: string;
}

interface Article {
  name: string;
  fold: number;
  examples: Example[];
}

const { lexicon } = loadContent(join(root, 'content'), []);
const articles: Article[] = readdirSync(join(folder, 'gold'))
  .filter((file) => file.endsWith('.json'))
  .sort((a, b) => articleNumber(a) - articleNumber(b))
  .map((file) => ({ name: file.replace(/\.json$/, ''), gold: loadGold(join(folder, 'gold', file)) }))
  .filter(({ gold }) => gold.split === 'development')
  .map(({ name, gold }, index) => ({
    name,
    fold: index % FOLDS,
    examples: examplesOf(name, gold.furniture ?? [], gold.firstParagraph, gold.lastParagraph),
  }));

/** One development article's body pieces, labelled as furniture or text where gold tells which. */
function examplesOf(name: string, furniture: string[], first?: string, last?: string): Example[] {
  const file = `${name}.txt`;
  const { text } = readSeed(file, readFileSync(join(folder, 'articles', file)));
  const cleaned = clean(segment(text).pieces, lexicon);
  const { body } = describe({
    kept: cleaned.kept,
    masthead: cleaned.masthead,
    lexicon,
    editorial: {},
    removed: cleaned.changes,
  });
  const vectors = bodyFeatures(body, lexicon);
  const texts = body.map((piece) => normalise(piece.text));
  const holding = (wanted: string | undefined) =>
    wanted === undefined ? -1 : texts.findIndex((piece) => piece.includes(normalise(wanted)));
  const prose = body.map((piece) => !piece.caption && isProse(piece.text));
  const firstAt = holding(first);
  const lastAt = texts.length - 1 - [...texts].reverse().findIndex((piece) => last && piece.includes(normalise(last)));
  const from = firstAt === -1 ? prose.indexOf(true) : firstAt;
  const to = last !== undefined && lastAt < texts.length ? lastAt : prose.lastIndexOf(true);
  const lines = furniture.map(normalise);
  return body.flatMap((piece, index): Example[] => {
    const own = texts[index] ?? '';
    const listed = lines.some((line) => sameLine(own, line));
    const inside = index >= from && index <= to;
    if (!listed && !inside) return [];
    return [
      {
        vector: FEATURES.map((feature) => vectors[index]?.[feature] ?? 0),
        furniture: listed,
        paragraph: index === firstAt || (index === lastAt && last !== undefined),
        removable: namesKept(
          piece.text,
          body.filter((_, at) => at !== index).map((other) => other.text),
        ),
        text: piece.text,
      },
    ];
  });
}

/** A piece and a gold line are the same line when one holds the other and is at least three fifths as long. */
function sameLine(piece: string, line: string): boolean {
  if (piece === '' || line === '') return false;
  const [short, long] = piece.length <= line.length ? [piece, line] : [line, piece];
  return long.includes(short) && short.length * 5 >= long.length * 3;
}

const choicesOf = (examples: Example[]): Choice[] =>
  examples.map(({ vector, furniture }) => ({ vectors: [vector], right: furniture ? 0 : 'none' }));

function probability(vector: number[], model: Model): number {
  const score = vector.reduce((sum, value, feature) => sum + value * (model.weights[feature] ?? 0), -model.none);
  return logistic(score);
}

interface Tally {
  furniture: number;
  furnitureOut: number;
  text: number;
  textOut: number;
  paragraphsOut: number;
  out: string[];
}

function tally(scored: { example: Example; chance: number; name: string }[], threshold: number): Tally {
  const result: Tally = { furniture: 0, furnitureOut: 0, text: 0, textOut: 0, paragraphsOut: 0, out: [] };
  for (const { example, chance, name } of scored) {
    const dropped = chance >= threshold && example.removable;
    if (example.furniture) result.furniture++;
    else result.text++;
    if (dropped && example.furniture) result.furnitureOut++;
    if (dropped && !example.furniture) result.textOut++;
    if (dropped && example.paragraph) result.paragraphsOut++;
    if (dropped && !example.furniture)
      result.out.push(`  text taken out (${chance.toFixed(2)}): ${name}: ${example.text.slice(0, 100)}`);
  }
  return result;
}

const describeTally = (t: Tally) =>
  `furniture taken out ${t.furnitureOut}/${t.furniture}, text taken out ${t.textOut}/${t.text}, first or last paragraph taken out ${t.paragraphsOut}`;

function crossValidated(options: FitOptions) {
  return articles
    .flatMap(({ fold }) => [fold])
    .filter((fold, index, all) => all.indexOf(fold) === index)
    .flatMap((fold) => {
      const model = fitRanking(
        choicesOf(articles.filter((article) => article.fold !== fold).flatMap(({ examples }) => examples)),
        options,
      );
      return articles
        .filter((article) => article.fold === fold)
        .flatMap(({ name, examples }) =>
          examples.map((example) => ({ example, name, chance: probability(example.vector, model) })),
        );
    });
}

const all = articles.flatMap(({ examples }) => examples);
/**
 * Fitted on the articles up to `last` alone, scored on those from `last + 1` to `to`: articles collected later, blind,
 * from outlets the earlier ones do not have (01–54 then 55–110; 01–110 then 111–130; 01–130 then 131–150; 01–150 then 151–170).
 */
function heldOutAfter(last: number, to: number): ReturnType<typeof tally> {
  const number = (name: string) => articleNumber(`${name}.json`);
  const earlyModel = fitRanking(
    choicesOf(articles.filter(({ name }) => number(name) <= last).flatMap(({ examples }) => examples)),
    OPTIONS,
  );
  return tally(
    articles
      .filter(({ name }) => number(name) > last && number(name) <= to)
      .flatMap(({ name, examples }) =>
        examples.map((example) => ({ example, name, chance: probability(example.vector, earlyModel) })),
      ),
    THRESHOLD,
  );
}
const later = heldOutAfter(54, 110);
const fifth = heldOutAfter(110, 130);
const sixth = heldOutAfter(130, 150);
const newest = heldOutAfter(150, 170);
const model = fitRanking(choicesOf(all), OPTIONS);
const inSample = articles.flatMap(({ name, examples }) =>
  examples.map((example) => ({ example, name, chance: probability(example.vector, model) })),
);
const cv = crossValidated(OPTIONS);
const fitted = tally(inSample, THRESHOLD);
const checked = tally(cv, THRESHOLD);
const lines = [
  `Development articles: ${articles.length}; labelled body pieces: ${all.length} (furniture ${all.filter((e) => e.furniture).length}).`,
  `Fitted (λ = ${LAMBDA}), threshold ${THRESHOLD}: in sample ${describeTally(fitted)}`,
  `  ${FOLDS}-fold cross-validation by article: ${describeTally(checked)}`,
  `  fitted on 01–54, on 55–110: ${describeTally(later)}`,
  `  fitted on 01–110, on 111–130: ${describeTally(fifth)}`,
  `  fitted on 01–130, on 131–150: ${describeTally(sixth)}`,
  `  fitted on 01–150, on 151–170: ${describeTally(newest)}`,
  ...[0.5, 0.65, 0.9].map(
    (threshold) => `  threshold ${threshold}, cross-validated: ${describeTally(tally(cv, threshold))}`,
  ),
  ...[0.1, 0.3, 3, 10].map(
    (lambda) => `  λ = ${lambda}, cross-validated: ${describeTally(tally(crossValidated({ lambda }), THRESHOLD))}`,
  ),
  'Cross-validated, the ten text pieces most likely furniture by the model:',
  ...[...cv]
    .filter(({ example }) => !example.furniture)
    .sort((a, b) => b.chance - a.chance)
    .slice(0, 10)
    .map(({ example, name, chance }) => `  (${chance.toFixed(2)}) ${name}: ${example.text.slice(0, 100)}`),
  'Cross-validated, text taken out:',
  ...checked.out,
  'Cross-validated, furniture taken out:',
  ...cv
    .filter(({ example, chance }) => example.furniture && chance >= THRESHOLD && example.removable)
    .map(({ example, name, chance }) => `  (${chance.toFixed(2)}) ${name}: ${example.text.slice(0, 100)}`),
  'Cross-validated, furniture left:',
  ...cv
    .filter(({ example, chance }) => example.furniture && !(chance >= THRESHOLD && example.removable))
    .map(({ example, name, chance }) => `  (${chance.toFixed(2)}) ${name}: ${example.text.slice(0, 100)}`),
];
console.log(lines.join('\n'));

const round = (value: number) => Math.round(value * 1000) / 1000;
const written = {
  method: `Fitted by scripts/eval/fit-furniture.ts (npm run fit:furniture): logistic regression of each development article's body pieces, furniture (gold lists it) or text (between gold's first and last paragraph), L2 penalty λ = ${LAMBDA}; a piece is taken out at a probability of ${THRESHOLD} or more. In sample: ${describeTally(fitted)}. By ${FOLDS}-fold cross-validation by article: ${describeTally(checked)}. Fitted on 01–54, on 55–110: ${describeTally(later)}. Fitted on 01–110, on 111–130: ${describeTally(fifth)}. Fitted on 01–130, on 131–150: ${describeTally(sixth)}. Fitted on 01–150, on 151–170: ${describeTally(newest)}.`,
  bias: round(-model.none),
  weights: Object.fromEntries(FEATURES.map((feature, index) => [feature, round(model.weights[index] ?? 0)])),
};
writeFileSync(out, `${JSON.stringify(written, null, 2)}\n`);
console.log(`Written: ${out.replace(`${root}/`, '')}`);
