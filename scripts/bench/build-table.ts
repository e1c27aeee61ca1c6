/**
 * The build benchmark's arithmetic and its printed table (build.ts measures; this only counts and formats), kept pure
 * so that it is tested without building anything.
 */

/**
 * What the benchmark builds: our whole build; our article pages alone (`astro build` of a copy of our site with the
 * article route alone, on the content our build wrote: the same pages as a bare site has, with our annotations and
 * apparatus); and the same articles as bare Astro .md and .mdx pages and as Hugo pages.
 */
export const VARIANTS = ['ours', 'ours-articles', 'astro-md', 'astro-mdx', 'hugo'] as const;
export type Variant = (typeof VARIANTS)[number];

/** How the table names each variant. */
export const VARIANT_LABELS: Record<Variant, string> = {
  ours: 'ours (scripts/build.ts)',
  'ours-articles': 'our article pages alone',
  'astro-md': 'bare Astro .md',
  'astro-mdx': 'bare Astro .mdx',
  hugo: 'Hugo',
};

/** One cold run of one variant; times in seconds. */
export interface RunFigures {
  /** The ingest (ours only). */
  ingest?: number;
  /** `astro build`, or `hugo`. */
  site: number;
  /** Pagefind. */
  search: number;
  /** Wall time of the whole run, as the benchmark timed it. */
  total: number;
  /** The largest resident memory of any process of the run, in MiB, when it could be read. */
  peakMiB?: number;
  /** Bytes of everything in the built folder. */
  distBytes: number;
}

/** The middle value; the mean of the two middle values when there is an even number; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The median of each figure over several runs; a figure absent from any run is absent from the median. */
export function medianRun(runs: readonly RunFigures[]): RunFigures {
  const of = (key: keyof RunFigures) => {
    const values = runs.map((run) => run[key]);
    return values.length > 0 && values.every((value) => value !== undefined) ? median(values as number[]) : undefined;
  };
  const ingest = of('ingest');
  const peakMiB = of('peakMiB');
  return {
    ...(ingest === undefined ? {} : { ingest }),
    site: of('site') ?? Number.NaN,
    search: of('search') ?? Number.NaN,
    total: of('total') ?? Number.NaN,
    ...(peakMiB === undefined ? {} : { peakMiB }),
    distBytes: of('distBytes') ?? Number.NaN,
  };
}

/** `ours ÷ baseline`, or undefined when the baseline took no time or a figure is missing. */
export function ratio(ours: number | undefined, baseline: number | undefined): number | undefined {
  if (ours === undefined || baseline === undefined || !(baseline > 0) || !Number.isFinite(ours)) return undefined;
  return ours / baseline;
}

/**
 * The order of the runs: every variant once a round, forwards in even rounds and backwards in odd ones, so that a
 * machine growing slower or faster over the benchmark (heat, other work) weighs on every variant alike. The first
 * round starts with the first variant (ours, whose articles the baselines are written from).
 */
export function alternation<T>(variants: readonly T[], runs: number): T[][] {
  return Array.from({ length: runs }, (_, round) => (round % 2 === 0 ? [...variants] : [...variants].reverse()));
}

/** One page of a built site: its address, its type (budgets.ts) and its bytes. */
export interface PageSize {
  path: string;
  type: string;
  bytes: number;
}

/** Pages of one type: how many, the median size and the largest page. */
export interface TypeSizes {
  type: string;
  pages: number;
  medianBytes: number;
  largest: { path: string; bytes: number };
}

/** The median and largest page of each type, in the order the types first appear in `pages`. */
export function sizesByType(pages: readonly PageSize[]): TypeSizes[] {
  const groups = new Map<string, PageSize[]>();
  for (const page of pages) groups.set(page.type, [...(groups.get(page.type) ?? []), page]);
  return [...groups].map(([type, group]) => {
    const largest = group.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return {
      type,
      pages: group.length,
      medianBytes: median(group.map((page) => page.bytes)),
      largest: { path: largest.path, bytes: largest.bytes },
    };
  });
}

/** Everything measured at one count of articles. */
export interface CountFigures {
  articles: number;
  /** Every run of each variant, in the order they ran. */
  runs: Record<Variant, RunFigures[]>;
  /** The pages of our site (from its first run; the build is deterministic). */
  pages: TypeSizes[];
  /** Our build again after one seed was edited, its caches kept (warm): what an editor waits for after a typo fix. */
  rebuild?: RunFigures;
}

const secs = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(1)} s`;
const mib = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(0)} MiB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : '–');
const times = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)}×`);

/** Articles per second of the ingest. */
export const ingestRate = (articles: number, ingest: number | undefined) =>
  ingest === undefined || !(ingest > 0) ? undefined : articles / ingest;

/**
 * Columns padded to their widest cell, two spaces apart: left-aligned where `left` says so (by default the first
 * column alone), right-aligned otherwise; trailing spaces dropped.
 */
export function columns(
  rows: readonly (readonly string[])[],
  left: (column: number) => boolean = (i) => i === 0,
): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, i) => (left(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** One count's table: a row per variant (medians), our total as a ratio to each, then our pages by type. */
export function formatCount(figures: CountFigures): string {
  const runs = figures.runs.ours.length;
  const medians = Object.fromEntries(VARIANTS.map((variant) => [variant, medianRun(figures.runs[variant])])) as Record<
    Variant,
    RunFigures
  >;
  const header = ['', 'ingest', 'articles/s', 'Astro/Hugo', 'Pagefind', 'total', 'peak memory', 'dist/', 'ours ÷ this'];
  const rows = VARIANTS.map((variant) => {
    const run = medians[variant];
    const rate = ingestRate(figures.articles, run.ingest);
    return [
      `  ${VARIANT_LABELS[variant]}`,
      secs(run.ingest),
      rate === undefined ? '–' : rate.toFixed(rate < 10 ? 1 : 0),
      secs(run.site),
      secs(run.search),
      secs(run.total),
      mib(run.peakMiB),
      mb(run.distBytes),
      variant === 'ours' || variant === 'ours-articles' ? '' : times(ratio(medians.ours.total, run.total)),
    ];
  });
  const pages = [
    ['  our pages by type', 'pages', 'median', 'largest', ''],
    ...figures.pages.map((type) => [
      `  ${type.type}`,
      String(type.pages),
      kb(type.medianBytes),
      kb(type.largest.bytes),
      type.largest.path,
    ]),
  ];
  const rebuild = figures.rebuild;
  const again = rebuild
    ? [
        `  rebuild after one seed's edit (caches kept): ${secs(rebuild.total)} (${secs(rebuild.ingest)} ingest, ${secs(rebuild.site)} Astro, ${secs(rebuild.search)} Pagefind); clean ÷ rebuild ${times(ratio(medians.ours.total, rebuild.total))}`,
      ]
    : [];
  return [
    `Build, ${figures.articles.toLocaleString('en')} generated articles (median of ${runs} cold run${runs === 1 ? '' : 's'} each):`,
    ...columns([header, ...rows]),
    ...again,
    '',
    ...columns(pages, (i) => i === 0 || i === 4),
  ].join('\n');
}

/** A goal of issue 12 for the build, reported, never asserted. */
export interface Goal {
  text: string;
  /** What was measured, as printed. */
  measured: string;
  met: boolean | undefined;
}

/**
 * The issue's goals against what was measured: our whole build within 1.5× bare Astro .mdx + Pagefind at 1,000 and
 * 5,000 articles, an ingest of at least 200 articles a second, our Astro rendering within 1.2× bare .mdx (the whole
 * site's, about four pages an article, and the article pages' alone, page for page), a peak memory under 2 GB at
 * 5,000, and a rebuild after one seed's edit at least 5× faster than a clean build at 1,000. A goal about a count that
 * did not run is left out.
 */
export function goals(counts: readonly CountFigures[]): Goal[] {
  const list: Goal[] = [];
  const at = (articles: number) => counts.find((figures) => figures.articles === articles);
  const medians = (figures: CountFigures) => ({
    ours: medianRun(figures.runs.ours),
    mdx: medianRun(figures.runs['astro-mdx']),
  });
  for (const articles of [1000, 5000]) {
    const figures = at(articles);
    if (!figures) continue;
    const { ours, mdx } = medians(figures);
    const value = ratio(ours.total, mdx.total);
    list.push({
      text: `whole build within 1.5× bare Astro .mdx + Pagefind at ${articles.toLocaleString('en')}`,
      measured: times(value),
      met: value === undefined ? undefined : value <= 1.5,
    });
  }
  for (const figures of counts) {
    const { ours, mdx } = medians(figures);
    const rate = ingestRate(figures.articles, ours.ingest);
    list.push({
      text: `ingest ≥ 200 articles/s at ${figures.articles.toLocaleString('en')}`,
      measured: rate === undefined ? '–' : `${rate.toFixed(rate < 10 ? 1 : 0)}/s`,
      met: rate === undefined ? undefined : rate >= 200,
    });
    const rendering = ratio(ours.site, mdx.site);
    list.push({
      text: `Astro rendering within 1.2× bare .mdx at ${figures.articles.toLocaleString('en')}`,
      measured: times(rendering),
      met: rendering === undefined ? undefined : rendering <= 1.2,
    });
    // The same, page for page: our article pages alone against the bare site's, which has those pages only.
    const articlePages = figures.runs['ours-articles'];
    if (articlePages.length === 0) continue;
    const alone = ratio(medianRun(articlePages).site, mdx.site);
    list.push({
      text: `Astro rendering of the article pages alone within 1.2× bare .mdx at ${figures.articles.toLocaleString('en')}`,
      measured: times(alone),
      met: alone === undefined ? undefined : alone <= 1.2,
    });
  }
  const thousand = at(1000);
  if (thousand?.rebuild) {
    const value = ratio(medianRun(thousand.runs.ours).total, thousand.rebuild.total);
    list.push({
      text: 'rebuild after one seed changed ≥ 5× faster than a clean build at 1,000',
      measured: times(value),
      met: value === undefined ? undefined : value >= 5,
    });
  }
  const largest = at(5000);
  if (largest) {
    const peak = medianRun(largest.runs.ours).peakMiB;
    list.push({
      text: 'peak memory < 2 GB at 5,000',
      measured: mib(peak),
      met: peak === undefined ? undefined : peak < 2048,
    });
  }
  return list;
}

/** The goals as printed: one line each, marked met, missed or unknown. */
export function formatGoals(list: readonly Goal[]): string {
  const mark = (met: boolean | undefined) => (met === undefined ? 'unknown' : met ? 'met' : 'MISSED');
  return [
    'Goals (issue 12; reported, not asserted):',
    ...columns(
      list.map((goal) => [`  ${goal.text}`, goal.measured, mark(goal.met)]),
      (i) => i !== 1,
    ),
  ].join('\n');
}
