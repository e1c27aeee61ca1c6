import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets.ts';
import { FIRST_LOAD_BUDGET, measureFirstLoad } from '../../scripts/bench/first-load.ts';
import { heaviestByType, type PageWeight, weighPages } from '../../scripts/bench/page-weights.ts';
import { servedSite } from './served-site.ts';

const served = servedSite();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A page over its budget, in words: the path, the type, the bytes and the budget it passes. */
function excess({ path, raw, gzip, budget }: PageWeight): string | undefined {
  if (!budget) return undefined;
  const over = [
    raw > budget.raw && `${kb(raw)} raw (budget ${kb(budget.raw)})`,
    gzip > budget.gzip && `${kb(gzip)} gzipped (budget ${kb(budget.gzip)})`,
  ].filter(Boolean);
  return over.length > 0 ? `${path} (${budget.type}): ${over.join(', ')}` : undefined;
}

describe('the weight of every page (budgets in scripts/bench/budgets.ts)', () => {
  let weights: PageWeight[] = [];
  beforeAll(() => {
    weights = weighPages(inject('dist'));
  });

  it('finds the built pages', () => {
    expect(weights.length).toBeGreaterThan(20);
  });

  it('gives every page a type with a budget, so that a new kind of page must be given one', () => {
    const untyped = weights.filter((weight) => !weight.budget).map((weight) => weight.path);
    expect(untyped, 'pages no type in scripts/bench/budgets.ts describes: add one with its budget').toEqual([]);
  });

  it('keeps every page within its type’s budget, raw and gzipped', () => {
    expect(weights.flatMap((weight) => excess(weight) ?? [])).toEqual([]);
  });

  it('names a page type once in the budgets', () => {
    const types = BUDGETS.map((budget) => budget.type);
    expect(types.filter((type, i) => types.indexOf(type) !== i)).toEqual([]);
  });

  it('loads the heaviest article with its stylesheet and fonts in under 100 KB, and runs no script file', async () => {
    const article = heaviestByType(weights).find((weight) => weight.budget?.type === 'article');
    if (!article) throw new Error('The built site has no article.');
    const load = await measureFirstLoad(served.browser, served.site, article.path);
    expect(load.bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    expect(load.byKind.document).toBeGreaterThan(1000);
    expect(load.scripts.files).toBe(0);
  });
});
