import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EntitiesFileSchema } from '../../src/schemas/data.ts';
import type { KindedEntry } from '../ingest/annotate/gazetteer.ts';
import { loadContent } from '../ingest/content/index.ts';
import { ingestSeed } from '../ingest/pipeline.ts';
import { type ArticleResult, evaluateArticle } from './evaluate.ts';
import { loadGold } from './gold.ts';
import { heldOutGazetteer } from './held-out.ts';
import { nameMatcher } from './names.ts';
import { predict } from './prediction.ts';
import { formatReport } from './report.ts';
import { figuresOf } from './targets.ts';

/**
 * `npm run eval` ingests every article of `test/eval/articles/` with no editorial file, so it measures the
 * machine alone, and prints its scores against `test/eval/gold/`: once with the whole gazetteer, once with
 * its people cut to those the seeds name (see held-out.ts). It exits 0, being a report; with
 * `--strict` it exits 1 when a target is missed; `--dir <folder>` scores another set laid out alike.
 */
const strict = process.argv.includes('--strict');
const root = resolve(import.meta.dirname, '..', '..');
const content = join(root, 'content');
// `--dir test/eval/unseen` scores another set laid out alike (articles/, gold/): a first run on new articles.
const dirAt = process.argv.indexOf('--dir');
const folder = resolve(root, dirAt > 0 ? (process.argv[dirAt + 1] ?? '') : join('test', 'eval'));
const { lexicon, gazetteer, themes } = loadContent(content, []);
const same = nameMatcher(gazetteer);
const entities = EntitiesFileSchema.parse(JSON.parse(readFileSync(join(content, 'data', 'entities.json'), 'utf8')));
const namedBySeeds = new Set(entities.filter((entity) => entity.articles.length > 0).map(({ id }) => id));
const heldOut = heldOutGazetteer(gazetteer, namedBySeeds);

/** Every evaluation article ingested with `entries` for its gazetteer, scored against its gold. */
function evaluateAll(entries: KindedEntry[]): ArticleResult[] {
  return readdirSync(join(folder, 'articles'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const gold = loadGold(join(folder, 'gold', `${name}.json`));
      const bytes = readFileSync(join(folder, 'articles', file));
      const article = ingestSeed({ file, bytes, editorial: {} }, lexicon, entries, themes);
      // Names are matched with the whole gazetteer in both runs, so an alias still counts as its person.
      return evaluateArticle(name, gold, predict(article, entries), same);
    });
}

const people = (entries: KindedEntry[]): number => entries.filter((entry) => entry.kind === 'person').length;
const runs = [
  {
    results: evaluateAll(gazetteer),
    heading: `Evaluation of the articles in ${folder.replace(`${root}/`, '')}/, ingested without editorial files, with the whole gazetteer.`,
  },
  {
    results: evaluateAll(heldOut),
    heading: `Held out: the same articles with only the ${people(heldOut)} of the gazetteer's ${people(gazetteer)} people that the seeds name, so every other person must be found by NLP. Themes are shown without targets: their signals name gazetteer people, so leaving people out takes evidence away by design.`,
    themed: false,
  },
];
const reports = runs.map(({ results, heading, themed = true }) => {
  const figures = figuresOf(results).map((figure) =>
    themed || !figure.label.startsWith('theme') ? figure : { ...figure, target: '—', met: undefined },
  );
  return { text: formatReport(results, figures, heading), missed: figures.some((figure) => figure.met === false) };
});
console.log(reports.map(({ text }) => text).join(`\n\n${'='.repeat(80)}\n\n`));
if (strict && reports.some(({ missed }) => missed)) {
  console.error('\nSome targets are missed (see MISSED above).');
  process.exitCode = 1;
}
