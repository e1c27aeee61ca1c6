/** How an outlet prints the date of an article, as the five seeds and the ingest's date tests show them. */
export type DateStyle = 'stamp' | 'updated' | 'agency' | 'long' | 'none';

/** The blocks of page furniture an editor's copy carries after the article. */
export type Footer = 'related' | 'most-viewed' | 'share' | 'comments' | 'cookies' | 'residue';

/** A made-up outlet: its masthead, how it dates and credits an article, and what furniture the copy brings. */
export interface Outlet {
  name: string;
  /** Lines above the headline: the site's name, address, menus, notices. */
  header: string[];
  /** How it prints the date; 'none' is also drawn for any outlet now and then (see seeds.ts). */
  date: DateStyle;
  /** How likely a writer's byline is, 0–1. */
  byline: number;
  /** Headlines in title case ("Russia Pledges Support for ..."), as some American outlets print them. */
  titleCase: boolean;
  /** Paragraphs separated by a blank line, or only by a line break (seeds 000 and 002). */
  blankLines: boolean;
  footers: Footer[];
}

/**
 * Twelve outlets, after the archive's five seeds: a news portal whose copy opens with its address and dates
 * "30/09/2015 15:01 by admin" (001), a Chinese daily with "Updated:" and Most Viewed lists (002), a Russian
 * portal with RIA's dateline and a Russian comment form (003), a broadcaster with "Accessibility links" (004),
 * a wire copy with nothing around it (000); the others vary them.
 */
export const OUTLETS: Outlet[] = [
  {
    name: 'Global News Network 7',
    header: ['gnn7.example :http://www.gnn7.example/index.php: Global News Network 7', 'http://www.gnn7.example'],
    ...{ date: 'stamp', byline: 0, titleCase: false, blankLines: true, footers: ['related'] },
  },
  {
    name: 'Eastern Daily',
    header: ['Eastern Daily', 'Home | World | China | Business | Opinion'],
    ...{ date: 'updated', byline: 0.1, titleCase: false, blankLines: false, footers: ['most-viewed', 'share'] },
  },
  {
    name: 'Neva Courier',
    header: ['Neva Courier', 'Skip to content'],
    ...{ date: 'agency', byline: 0, titleCase: false, blankLines: false, footers: ['residue'] },
  },
  {
    name: 'Voice of the Atlantic',
    header: ['Accessibility links', 'Skip to main content', 'Breaking News'],
    ...{ date: 'long', byline: 0.3, titleCase: true, blankLines: true, footers: ['related', 'share'] },
  },
  {
    name: 'Wire Digest',
    header: [],
    ...{ date: 'agency', byline: 0, titleCase: false, blankLines: false, footers: [] },
  },
  {
    name: 'The Potomac Ledger',
    header: ['The Potomac Ledger', 'Menu', 'Search', 'Sign in'],
    ...{ date: 'long', byline: 0.8, titleCase: true, blankLines: true, footers: ['comments', 'most-viewed'] },
  },
  {
    name: 'Danube Herald',
    header: ['Danube Herald', 'We use cookies to give you the best experience on our website.', 'Accept'],
    ...{ date: 'updated', byline: 0.5, titleCase: false, blankLines: true, footers: ['cookies', 'related'] },
  },
  {
    name: 'Pacific Evening Post',
    header: ['Pacific Evening Post', 'Home', 'Latest News', 'Top Stories'],
    ...{ date: 'stamp', byline: 0.4, titleCase: false, blankLines: true, footers: ['share', 'comments'] },
  },
  {
    name: 'Caspian Review',
    header: ['Caspian Review', 'Adjust font size', 'Print', 'Email'],
    ...{ date: 'long', byline: 0.2, titleCase: false, blankLines: false, footers: ['most-viewed'] },
  },
  {
    name: 'Northern Star Online',
    header: ['Skip to content', 'Northern Star Online'],
    ...{ date: 'stamp', byline: 0.6, titleCase: true, blankLines: true, footers: ['related', 'comments', 'cookies'] },
  },
  {
    name: 'Meridian World Service',
    header: ['Meridian World Service', 'Accessibility links'],
    ...{ date: 'updated', byline: 0, titleCase: false, blankLines: true, footers: ['share', 'most-viewed'] },
  },
  {
    name: 'Baltic Times Wire',
    header: ['Baltic Times Wire | News from the region'],
    ...{ date: 'agency', byline: 0.2, titleCase: false, blankLines: true, footers: ['related', 'share'] },
  },
];

/** The wire agencies a copy credits; each is in content/editorial/lexicon.yaml, so the ingest credits it. */
export const AGENCIES = ['Interfax', 'TASS', 'RIA Novosti', 'Reuters', 'AFP', 'Xinhua', 'AP', 'IANS'];

/** Furniture lines of each kind, around `headlines` (other stories' titles) where the kind lists stories. */
export function footerLines(kind: Footer, headlines: string[]): string[] {
  switch (kind) {
    case 'related':
      return ['Related Stories', ...headlines];
    case 'most-viewed':
      return ['Most Viewed', ...headlines.map((title) => `${title} |`), "Editor's Picks"];
    case 'share':
      return ['Share this article', 'Facebook', 'Twitter', 'Email', 'Print'];
    case 'comments':
      return ['Leave a comment', 'Name', 'Email', 'Website', 'Post Comment', 'No comments'];
    case 'cookies':
      return ['This site uses cookies. By continuing to browse it you agree to our use of cookies.', 'Accept'];
    case 'residue':
      return ['Похожие статьи', 'Ваше имя', 'Ваша почта', 'Рассылка комментариев', 'Ввести код:'];
  }
}
