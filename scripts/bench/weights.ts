import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../browser/launch.ts';
import { serve } from '../browser/serve.ts';
import { type FirstLoad, formatFirstLoad, measureFirstLoad } from './first-load.ts';
import { buildGenerated, generatedProject } from './generated-site.ts';
import { formatWeights, heaviestByType, overBudget, type PageWeight, weighPages } from './page-weights.ts';
import { generateSeeds } from './seeds.ts';

/** The pages of a site built from generated seeds, weighed, and the first load of its heaviest article. */
export interface WeightFigures {
  /** Articles generated. */
  articles: number;
  /** Wall time of `scripts/build.ts` (ingest, astro build, index), in seconds; 0 when a built copy was reused. */
  buildSeconds: number;
  /** HTML pages built. */
  pages: number;
  /** The heaviest page of each type, with its budget (budgets.ts). */
  heaviest: PageWeight[];
  /** Pages over their type's budget, or of no type. */
  over: PageWeight[];
  /** What a reader's browser fetches to show the heaviest article (by gzipped HTML). */
  firstLoad: FirstLoad;
}

/**
 * Page weights at scale: `count` generated seeds (seeds.ts, from `seed`) built by the real `scripts/build.ts` in a
 * throwaway copy of the project (generated-site.ts), every page weighed against its budget, and the heaviest article
 * opened in headless Chromium from an empty cache. `dir` weighs a copy built before instead (its `dist/`), as
 * `--weights-dir` asks; `keep` leaves a new copy in the temporary folder.
 */
export async function benchWeights(
  count = 5000,
  { seed = 1, keep = false, dir }: { seed?: number; keep?: boolean; dir?: string | undefined } = {},
): Promise<WeightFigures> {
  const project = dir ?? generatedProject(generateSeeds(count, seed));
  try {
    const buildSeconds = dir ? 0 : await buildGenerated(project);
    const dist = join(project, 'dist');
    const weights = weighPages(dist);
    const heaviest = heaviestByType(weights);
    const article = heaviest.find((weight) => weight.budget?.type === 'article');
    if (!article) throw new Error(`No article page in ${dist}: the build wrote none.`);
    const site = await serve(dist);
    const browser = await launchChromium();
    try {
      const firstLoad = await measureFirstLoad(browser, site, article.path);
      const articles = weights.filter((weight) => weight.budget?.type === 'article').length;
      const over = weights.filter(overBudget);
      return { articles, buildSeconds, pages: weights.length, heaviest, over, firstLoad };
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    if (!keep && !dir) rmSync(project, { recursive: true, force: true });
  }
}

/** The figures as the benchmark prints them. */
export function formatBenchWeights(figures: WeightFigures): string {
  const built = figures.buildSeconds > 0 ? `, built in ${figures.buildSeconds.toFixed(0)} s` : '';
  const over =
    figures.over.length === 0
      ? 'Every page is within its budget.'
      : `${figures.over.length} pages over budget or of no type, e.g. ${figures.over
          .slice(0, 5)
          .map((weight) => weight.path)
          .join(', ')}.`;
  return [
    formatWeights(
      figures.heaviest,
      `Page weights, ${figures.articles.toLocaleString('en')} generated articles (${figures.pages.toLocaleString('en')} pages${built})`,
    ),
    over,
    formatFirstLoad(figures.firstLoad, 'the heaviest article'),
  ].join('\n');
}
