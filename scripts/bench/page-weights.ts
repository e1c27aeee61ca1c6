import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { type Budget, budgetOf, pathOf } from './budgets.ts';

/** One built page's weight, with the budget of its type (undefined when no type describes it). */
export interface PageWeight {
  /** Its address from the site's root: `/articles/x/`. */
  path: string;
  /** Bytes of HTML as built. */
  raw: number;
  /** Bytes of that HTML gzipped at level 9. */
  gzip: number;
  budget: Budget | undefined;
}

/** Every HTML page under `dist`, weighed raw and gzipped, with its type's budget; in path order. */
export function weighPages(dist: string): PageWeight[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  return files.sort().map((file) => {
    const html = readFileSync(join(dist, file));
    const path = pathOf(file);
    const gzip = gzipSync(html, { level: constants.Z_BEST_COMPRESSION }).byteLength;
    return { path, raw: html.byteLength, gzip, budget: budgetOf(path) };
  });
}

/** Whether a page is over its type's budget, raw or gzipped; a page without a budget is over. */
export function overBudget({ raw, gzip, budget }: PageWeight): boolean {
  return !budget || raw > budget.raw || gzip > budget.gzip;
}

/** The heaviest page of each type (by gzipped bytes), in the order of BUDGETS; pages of no type come last, each. */
export function heaviestByType(weights: PageWeight[]): PageWeight[] {
  const heaviest = new Map<Budget | string, PageWeight>();
  for (const weight of weights) {
    const key = weight.budget ?? weight.path;
    const found = heaviest.get(key);
    if (!found || weight.gzip > found.gzip) heaviest.set(key, weight);
  }
  return [...heaviest.values()];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The heaviest page of each type with its budget, as the benchmark prints it, under `title`; over-budget rows marked. */
export function formatWeights(weights: PageWeight[], title: string): string {
  const rows = heaviestByType(weights).map((weight) => {
    const { budget } = weight;
    const limit = budget ? `${kb(budget.raw)} / ${kb(budget.gzip)}` : 'no budget';
    const mark = overBudget(weight) ? '  OVER' : '';
    const type = (budget?.type ?? '?').padEnd(28);
    return `  ${type} ${kb(weight.raw).padStart(10)} ${kb(weight.gzip).padStart(9)}   (budget ${limit})  ${weight.path}${mark}`;
  });
  return [`${title}; the heaviest page of each type, raw and gzipped:`, ...rows].join('\n');
}
