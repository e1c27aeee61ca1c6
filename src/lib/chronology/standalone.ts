import type { ChronologyFile } from '../../schemas/chronology.ts';
import { chartMarkup } from './chart.ts';

/**
 * A self-contained SVG of the chronology or one theme's slice, with `<title>`, `<desc>`, a legend and its own
 * styles; each event links to its row of the site's chronology table, absolute when the archive's address (`archive`,
 * its host and base path) is known.
 */
export function standaloneSvg(data: ChronologyFile, theme: string | undefined, archive: URL | undefined): string {
  const title = data.themes.find((each) => each.id === theme)?.title;
  const base = archive ? archive.href.replace(/\/$/, '') : '';
  const events = data.events.filter((event) => !theme || event.themes.includes(theme));
  const years = events.flatMap((event) => (event.start ? [event.start.slice(0, 4)] : [])).sort();
  const label = `Moscow–Washington chronology${title ? `: ${title}` : ''}`;
  const span = years.length > 0 ? `, ${years[0]}–${years.at(-1)}` : '';
  return chartMarkup(
    data,
    { theme },
    {},
    {
      label,
      description: `${events.length} dated events${span}${title ? ` on ${title}` : ''}, one lane per theme; dots are days, bars spans, dashed bars one day within a range, hollow marks approximate or uncertain dates, numbered boxes events counted together. The full table with sources is at ${base}/chronology/.`,
      href: (id) => `${base}/chronology/?event=${id}#event-${id}`,
      standalone: true,
    },
  );
}
