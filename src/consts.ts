/** The site's name, as the header and titles show it. */
export const SITE_TITLE = 'Moscow–Washington';

/** The subtitle: what the site is. */
export const SITE_SUBTITLE = 'a documentary chronicle';

/** One sentence on the archive, for the home page and the description meta tag. */
export const SITE_DESCRIPTION =
  'News articles about Russia–United States diplomacy, cleaned, annotated and dated, with every change to the text recorded.';
