import type { ArticleResult } from './evaluate.ts';
import { precision, recall } from './tally.ts';
import type { Figure } from './targets.ts';

/** Rows as columns padded to their widest cell, a rule under the header row. */
export function table([header, ...rows]: string[][]): string {
  const widths = (header ?? []).map((_, i) => Math.max(...[header ?? [], ...rows].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const verdict = (met: boolean | undefined): string => (met === undefined ? '' : met ? 'met' : 'MISSED');

/** An article's events as paired/gold and the extra ones ("1/3 +2"), or "—" when its gold has none written. */
const events = (score: ArticleResult['events']): string =>
  score ? `${score.hits}/${score.hits + score.missed} +${score.extra}` : '—';

/** The totals beside their targets, under an optional heading. */
export function formatTotals(figures: Figure[], heading?: string): string {
  const totals = table([
    ['total', 'value', 'target', ''],
    ...figures.map(({ label, value, target, met }) => [label, value, target, verdict(met)]),
  ]);
  return heading ? `${heading}\n${totals}` : totals;
}

/** The whole report: a row per article, the totals beside their targets, then every miss, all sorted by article. */
export function formatReport(
  results: ArticleResult[],
  figures: Figure[],
  heading = `Evaluation of ${results.length} articles (test/eval/), ingested without editorial files.`,
): string {
  const sorted = [...results].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  const articles = table([
    ['article', 'people P', 'people R', 'quotes right', 'quotes unmatched', 'date', 'themes', 'events', 'fields'],
    ...sorted.map(({ article, people, quotes, date, themes, events: found, fields }) => [
      article,
      precision(people).toFixed(2),
      recall(people).toFixed(2),
      `${quotes.correct}/${quotes.total}`,
      String(quotes.unmatched.length),
      date,
      themes.exact ? 'exact' : 'differ',
      events(found),
      fields.outcomes.length === 0
        ? '—'
        : `${fields.outcomes.filter((outcome) => outcome.right).length}/${fields.outcomes.length}`,
    ]),
  ]);
  const totals = formatTotals(figures);
  const misses = sorted.flatMap((result) => result.misses);
  const listed = table([
    ['article', 'measure', 'expected', 'found'],
    ...misses.map(({ article, measure, expected, found }) => [article, measure, expected, found]),
  ]);
  return [heading, articles, totals, `Misses (${misses.length}):\n${listed}`].join('\n\n');
}
