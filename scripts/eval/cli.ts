import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EntitiesFileSchema } from '../../src/schemas/data.ts';
import type { KindedEntry } from '../ingest/annotate/gazetteer.ts';
import { linkAcrossArchive } from '../ingest/archive/people.ts';
import { loadContent } from '../ingest/content/index.ts';
import { type IngestedArticle, ingestSeed } from '../ingest/pipeline.ts';
import { type ArticleResult, evaluateArticle } from './evaluate.ts';
import { loadGold, type Split, SplitSchema } from './gold.ts';
import { heldOutGazetteer } from './held-out.ts';
import { nameMatcher } from './names.ts';
import { predict } from './prediction.ts';
import { formatReport, formatTotals } from './report.ts';
import { figuresOf } from './targets.ts';

/**
 * `npm run eval` ingests every article of `test/eval/articles/` with no editorial file, so it measures the
 * machine alone, and prints its scores against `test/eval/gold/`: once with the whole gazetteer, once with
 * its people cut to those the seeds name (see held-out.ts). Each run's totals are then given again for the
 * development and the test split (gold.ts), the test split being the honest measure of generality.
 * It exits 0, being a report; with `--strict` it exits 1 when a target is missed over the whole set;
 * `--split development` or `--split test` scores one split alone, and `--dir <folder>` another set laid out alike.
 */
const strict = process.argv.includes('--strict');
const root = resolve(import.meta.dirname, '..', '..');
const content = join(root, 'content');
// `--dir <folder>` scores another set laid out alike (articles/, gold/), such as a first run on new articles.
const dirAt = process.argv.indexOf('--dir');
const folder = resolve(root, dirAt > 0 ? (process.argv[dirAt + 1] ?? '') : join('test', 'eval'));
const splitAt = process.argv.indexOf('--split');
const only = splitAt > 0 ? SplitSchema.parse(process.argv[splitAt + 1]) : undefined;
const { lexicon, gazetteer, themes } = loadContent(content, []);
const same = nameMatcher(gazetteer);
const entities = EntitiesFileSchema.parse(JSON.parse(readFileSync(join(content, 'data', 'entities.json'), 'utf8')));
const namedBySeeds = new Set(entities.filter((entity) => entity.articles.length > 0).map(({ id }) => id));
const heldOut = heldOutGazetteer(gazetteer, namedBySeeds);

const golds = readdirSync(join(folder, 'articles'))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, name: file.replace(/\.txt$/, '') }))
  .map(({ file, name }) => ({ file, name, gold: loadGold(join(folder, 'gold', `${name}.json`)) }))
  // The test split is scored as new articles joining the development articles' archive, as an editor's new seeds
  // join seeds/; the development split is ingested without the test split's text.
  .filter(({ gold }) => only === undefined || gold.split === only || (only === 'test' && gold.split === 'development'));

if (only !== undefined && !golds.some(({ gold }) => gold.split === only)) {
  // Nothing to score: a table of 1.00 (0/0) "met" would say the split's targets were reached.
  console.log(`The ${only} split has no articles now: nothing to score.`);
  process.exit(0);
}

/**
 * Every evaluation article ingested with `entries` for its gazetteer, scored against its gold, with its split. The
 * articles are ingested together as one archive, as seeds/ is, so that the archive-wide pass on people
 * (archive/people.ts) can read in the other articles' text the names one article gives only in part; each is still
 * scored alone, and only the chosen split's. Gold is read only to score.
 */
function evaluateAll(entries: KindedEntry[]): { split: Split; result: ArticleResult }[] {
  const ingested = golds.map(({ file }) => {
    const bytes = readFileSync(join(folder, 'articles', file));
    return ingestSeed({ file, bytes, editorial: {} }, lexicon, entries, themes);
  });
  const archive = linkAcrossArchive(ingested, entries);
  return golds.flatMap(({ name, gold }, i) => {
    if (only !== undefined && gold.split !== only) return [];
    const article = archive[i] as IngestedArticle;
    // Names are matched with the whole gazetteer in both runs, so an alias still counts as its person.
    return [{ split: gold.split, result: evaluateArticle(name, gold, predict(article, entries), same) }];
  });
}

const people = (entries: KindedEntry[]): number => entries.filter((entry) => entry.kind === 'person').length;
const runs = [
  {
    scored: evaluateAll(gazetteer),
    heading: `Evaluation of the ${only ? `${only} split's ` : ''}articles in ${folder.replace(`${root}/`, '')}/, ingested without editorial files, with the whole gazetteer.`,
  },
  {
    scored: evaluateAll(heldOut),
    heading: `Held out: the same articles with only the ${people(heldOut)} of the gazetteer's ${people(gazetteer)} people that the seeds name, so every other person must be found by NLP. Themes are shown without targets: their signals name gazetteer people, so leaving people out takes evidence away by design.`,
    themed: false,
  },
];
const reports = runs.map(({ scored, heading, themed = true }) => {
  const figuresFor = (results: ArticleResult[]) =>
    figuresOf(results).map((figure) =>
      themed || !figure.label.startsWith('theme') ? figure : { ...figure, target: '—', met: undefined },
    );
  const results = scored.map(({ result }) => result);
  const figures = figuresFor(results);
  const splits = only
    ? []
    : SplitSchema.options.map((split) => {
        const these = scored.filter((each) => each.split === split).map(({ result }) => result);
        // A split with no article has no figures: a table of 1.00 (0/0) "met" would say otherwise.
        if (these.length === 0) return `The ${split} split has no articles now: nothing to score.`;
        return formatTotals(figuresFor(these), `Totals on the ${split} split (${these.length} articles):`);
      });
  return {
    text: [formatReport(results, figures, heading), ...splits].join('\n\n'),
    missed: figures.some((figure) => figure.met === false),
  };
});
console.log(reports.map(({ text }) => text).join(`\n\n${'='.repeat(80)}\n\n`));
if (strict && reports.some(({ missed }) => missed)) {
  console.error('\nSome targets are missed (see MISSED above).');
  process.exitCode = 1;
}
