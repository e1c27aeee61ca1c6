import Agreement from './Agreement.astro';
import Caption from './Caption.astro';
import Dateline from './Dateline.astro';
import Flag from './Flag.astro';
import Gloss from './Gloss.astro';
import GlossQuote from './GlossQuote.astro';
import GlossTime from './GlossTime.astro';
import Org from './Org.astro';
import Permalink from './Permalink.astro';
import Person from './Person.astro';
import Place from './Place.astro';
import Quote from './Quote.astro';
import Repair from './Repair.astro';
import Time from './Time.astro';

/**
 * Every component an article's MDX may use, by the name the ingest writes (scripts/ingest/write.ts) or a remark
 * pass adds (remark-paragraph-ids.ts, remark-glosses.ts): the one map the article page renders with.
 */
export const articleComponents = {
  Agreement,
  Caption,
  Dateline,
  Flag,
  Gloss,
  GlossQuote,
  GlossTime,
  Org,
  Permalink,
  Person,
  Place,
  Quote,
  Repair,
  Time,
};
