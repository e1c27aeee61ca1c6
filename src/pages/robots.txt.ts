import type { APIRoute } from 'astro';
import { absolute } from '../lib/url';

/**
 * `/robots.txt`: every crawler may read everything, and the sitemap is named by its absolute address (robots.txt
 * requires one), which depends on SITE_URL and the base path; hence an endpoint rather than a file in public/.
 * Under a base path this file is at `/archive/robots.txt`, where crawlers do not look: the host's own robots.txt
 * should then name the same sitemap.
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt: the sitemap must be named by its absolute address; set SITE_URL.');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
