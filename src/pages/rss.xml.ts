import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_SUBTITLE, SITE_TITLE } from '../consts';
import { newestFirst } from '../lib/articles';
import { feedDate, leadOf } from '../lib/feed';
import { absolute } from '../lib/url';

/**
 * `/rss.xml`: every article, newest first (undated last, as on the site), with its absolute address, its date where
 * known (see feedDate), its standfirst or first paragraph, and its themes as categories.
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('rss.xml: the feed needs absolute links; set SITE_URL (astro.config.mjs reads it).');
  const themes = new Map((await getCollection('themes')).map((theme) => [theme.id, theme.data.title]));
  const articles = newestFirst(await getCollection('articles'));
  return rss({
    title: `${SITE_TITLE}: ${SITE_SUBTITLE}`,
    description: SITE_DESCRIPTION,
    site: absolute('/', site),
    items: articles.map(({ id, data, rendered }) => ({
      title: data.title,
      link: absolute(`/articles/${id}/`, site),
      pubDate: feedDate(data.published),
      description: data.standfirst ?? leadOf(rendered) ?? data.title,
      categories: data.themes.map((theme) => themes.get(theme.id) ?? theme.id),
    })),
  });
};
