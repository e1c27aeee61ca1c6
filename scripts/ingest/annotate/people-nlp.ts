import nlp from 'compromise';
import { isCommonWord, isFunctionWord } from '../english.ts';
import { automaticId } from './entities.ts';
import type { KindedEntry } from './gazetteer.ts';
import type { Mention } from './spans.ts';

/** Titles compromise includes in a person's name ("Minister Igor Ivanov", "Mr. Powell"). */
const TITLE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Col|Lt|Adm)\.?|President|Prime|Minister|Secretary|Foreign|Deputy|Defence|Defense|Ambassador|Envoy|Chancellor|King|Queen|Prince|Sheikh|Ayatollah|Premier|Spokesman|Spokeswoman|Vice|General|Senator)$/;

/**
 * People the gazetteer lacks, found by compromise's person tagger, for the names it finds in full (two
 * to four capitalised words once titles are dropped) that no gazetteer mention already covers. A name
 * ending in a common English word ("Powell Mideast Mission") is taken for a headline, not a person.
 */
export function automaticPeople(blocks: string[], mentions: Mention[], gazetteer: KindedEntry[]): KindedEntry[] {
  const known = new Set(gazetteer.flatMap((entry) => [entry.name, ...entry.aliases]));
  const found = new Map<string, KindedEntry>();
  const byBlock = blocks.map((): Mention[] => []);
  for (const mention of mentions) byBlock[mention.block]?.push(mention);
  blocks.forEach((text, block) => {
    for (const { at, chunk } of chunks(text)) {
      for (const term of nlp(chunk).people().json({ offset: true }) as PersonTerm[]) {
        const name = cleanName(term.text);
        const start = text.indexOf(name, at + term.offset.start);
        const covered = byBlock[block]?.some((m) => m.start < start + name.length && start < m.end);
        if (!name || covered || known.has(name) || !isFullName(name)) continue;
        found.set(name, {
          id: automaticId(name),
          name,
          aliases: [],
          description: 'Named in the article; not yet in the gazetteer (found automatically).',
          roles: [],
          kind: 'person',
        });
      }
    }
  });
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A text in pieces of at most 1,000 characters, cut after a sentence end where there is one, else at a
 * space: compromise's tagger grows much faster than the text on one long run without full stops.
 */
function chunks(text: string): { at: number; chunk: string }[] {
  const out: { at: number; chunk: string }[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + 1000);
    if (end < text.length) {
      const window = text.slice(at, end);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf(' '));
      if (cut > 0) end = at + cut + 1;
    }
    out.push({ at, chunk: text.slice(at, end) });
    at = end;
  }
  return out;
}

interface PersonTerm {
  text: string;
  offset: { start: number; length: number };
}

function cleanName(text: string): string {
  const words = text
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\s.'’-]/gu, ' ')
    .trim()
    .split(/\s+/);
  while (words[0] && TITLE.test(words[0])) words.shift();
  return words.join(' ').replace(/\.$/, '');
}

function isFullName(name: string): boolean {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^(?:al|el|bin|ibn|de|van|von|der|da)-?/.test(word)) &&
    !words.some(isFunctionWord) &&
    !isCommonWord(last)
  );
}
