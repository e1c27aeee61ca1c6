import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadGazetteer } from '../ingest/annotate/gazetteer.ts';
import { loadThemes } from '../ingest/annotate/themes.ts';
import { loadLexicon } from '../ingest/editorial.ts';
import { ingestSeed } from '../ingest/pipeline.ts';
import { evaluateArticle } from './evaluate.ts';
import { loadGold } from './gold.ts';
import { nameMatcher } from './names.ts';
import { predict } from './prediction.ts';
import { formatReport } from './report.ts';
import { figuresOf } from './targets.ts';

/**
 * `npm run eval` ingests every article of `test/eval/articles/` with no editorial file, so it measures the
 * machine alone, and prints its scores against `test/eval/gold/`. It exits 0, being a report; with
 * `--strict` it exits 1 when a target is missed.
 */
const strict = process.argv.includes('--strict');
const root = resolve(import.meta.dirname, '..', '..');
const content = join(root, 'content');
const folder = join(root, 'test', 'eval');
const lexicon = loadLexicon(content);
const gazetteer = loadGazetteer(content);
const themes = loadThemes(content);
const same = nameMatcher(gazetteer);

const results = readdirSync(join(folder, 'articles'))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.txt$/, '');
    const gold = loadGold(join(folder, 'gold', `${name}.json`));
    const bytes = readFileSync(join(folder, 'articles', file));
    const article = ingestSeed({ file, bytes, editorial: {} }, lexicon, gazetteer, themes);
    return evaluateArticle(name, gold, predict(article, gazetteer), same);
  });
const figures = figuresOf(results);
console.log(formatReport(results, figures));
if (strict && figures.some((figure) => figure.met === false)) {
  console.error('\nSome targets are missed (see MISSED above).');
  process.exitCode = 1;
}
