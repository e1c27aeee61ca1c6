/**
 * Everything the ingest reads from `content/` besides the seeds, read and validated in one place: the lexicon,
 * the gazetteer (once), the themes (checked against the gazetteer), the chronology's editorial file and each
 * seed's editorial file. Annotation receives these and reads no files. Every mistake is an `InputError` that names
 * the file, the line where one applies, what is wrong and the fix; all of them are reported at once.
 */
import type { EventsEditorial } from '../../../src/schemas/data.ts';
import type { Lexicon, SeedEditorial } from '../../../src/schemas/editorial.ts';
import type { Theme } from '../../../src/schemas/theme.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { InputError } from '../errors.ts';
import { loadEventsEditorial, loadLexicon, loadSeedEditorial } from './editorial.ts';
import { loadGazetteer } from './gazetteer.ts';
import { loadThemes } from './themes.ts';

/** The editors' content, as the ingest uses it. */
export interface Content {
  lexicon: Lexicon;
  gazetteer: KindedEntry[];
  themes: Theme[];
  events: EventsEditorial;
  /** Each seed's editorial file, by seed file name; a seed without one has `{}`. */
  editorial: Map<string, SeedEditorial>;
}

/** Runs `load`, keeping its `InputError` in `errors` instead of stopping; other errors are bugs and propagate. */
function attempt<T>(errors: InputError[], load: () => T, fallback: T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    errors.push(error);
    return fallback;
  }
}

/** The content for the seeds `seedFiles`, or an AggregateError of every `InputError` found in it. */
export function loadContent(contentDir: string, seedFiles: readonly string[]): Content {
  const errors: InputError[] = [];
  const lexicon = attempt(errors, () => loadLexicon(contentDir), undefined);
  const gazetteer = attempt(errors, () => loadGazetteer(contentDir), undefined);
  const themes = gazetteer ? attempt(errors, () => loadThemes(contentDir, gazetteer), []) : [];
  const events = attempt(errors, () => loadEventsEditorial(contentDir), { suppress: [], retitle: {}, add: [] });
  const editorial = new Map(
    seedFiles.map((file) => [file, attempt<SeedEditorial>(errors, () => loadSeedEditorial(contentDir, file), {})]),
  );
  if (errors.length > 0 || !lexicon || !gazetteer) {
    throw new AggregateError(errors, errors.map((error) => error.message).join('\n'));
  }
  return { lexicon, gazetteer, themes, events, editorial };
}
