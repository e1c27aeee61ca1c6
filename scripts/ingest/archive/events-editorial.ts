import type { EventRecord, EventsEditorial, Evidence } from '../../../src/schemas/data.ts';
import { InputError } from '../errors.ts';

const EVENTS_FILE = 'content/editorial/events.yaml';

/** A paragraph as an editor's evidence is looked for in it. */
interface Paragraph {
  id: string;
  text: string;
}

/**
 * An editor's changes to the machine's events. Retitles and suppressions name an event by its id or any of its
 * aliases. An added event whose id the machine already uses stops the ingest. An added event whose evidence
 * names no article, or a sentence the article does not contain, is left out, since its link would lead nowhere;
 * a retitled or suppressed id the machine no longer proposes changes nothing. Each is a warning, so the
 * editor's words are not lost unseen.
 */
export function applyEventsEditorial(
  machine: EventRecord[],
  editorial: EventsEditorial,
  paragraphs: Map<string, Paragraph[]>,
): { records: EventRecord[]; warnings: string[] } {
  const owner = new Map(machine.flatMap((event) => [event.id, ...event.aliases].map((id) => [id, event.id])));
  const warnings: string[] = [];
  const warn = (what: string, fix: string): void => {
    warnings.push(`${EVENTS_FILE}: ${what}; ${fix}.`);
  };
  for (const [what, list] of [
    ['suppresses', editorial.suppress],
    ['retitles', Object.keys(editorial.retitle)],
  ] as const) {
    for (const id of list.filter((each) => !owner.has(each))) {
      warn(
        `${what} "${id}", an event the ingest no longer proposes`,
        'find its id in content/data/events.json and update or remove the line',
      );
    }
  }
  const suppressed = new Set(editorial.suppress.map((id) => owner.get(id)));
  const titles = new Map(Object.entries(editorial.retitle).map(([id, title]) => [owner.get(id), title]));
  const added = editorial.add.flatMap((event): EventRecord[] => {
    if (owner.has(event.id)) {
      throw new InputError(
        EVENTS_FILE,
        `adds the event "${event.id}", an id the ingest already uses`,
        'give it an id of its own',
      );
    }
    const evidence = event.evidence.map((each) => locate(each, paragraphs.get(each.article)));
    const problem = evidence.find((each) => typeof each === 'string');
    if (typeof problem === 'string') {
      warn(`the event "${event.id}" ${problem}, so it is left out`, 'copy the sentence word for word from the article');
      return [];
    }
    return [{ ...event, aliases: [], kind: 'editorial', evidence: evidence as Evidence[] }];
  });
  return {
    records: [
      ...machine
        .filter((event) => !suppressed.has(event.id))
        .map((event) => ({ ...event, title: titles.get(event.id) ?? event.title })),
      ...added,
    ],
    warnings,
  };
}

/** The evidence with the paragraph its sentence is in, or what is wrong with it. */
function locate(
  evidence: { article: string; sentence: string },
  paragraphs: Paragraph[] | undefined,
): Evidence | string {
  if (!paragraphs) return `has its evidence in "${evidence.article}", which is no article`;
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const sentence = squash(evidence.sentence);
  const paragraph = paragraphs.find((each) => squash(each.text).includes(sentence));
  if (!paragraph) return `quotes a sentence that "${evidence.article}" does not contain`;
  return { article: evidence.article, paragraph: paragraph.id, sentence };
}
