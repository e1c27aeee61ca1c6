import { EntityKindSchema } from '../../../src/schemas/gazetteer.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { isAutomaticId } from '../annotate/people-nlp.ts';
import type { IngestedArticle } from '../pipeline.ts';
import type { Block, Inline, Mark } from '../text/document.ts';

/** A new mention of a person: a stretch of one block's text, or of the headline (`block` undefined), and who it is. */
export interface Added {
  block: number | undefined;
  start: number;
  end: number;
  entry: KindedEntry;
}

/** What the archive tells one article: its automatic people who are people named elsewhere, and new mentions. */
export interface Relinks {
  /** An automatic entry's id, and the person it stands for. */
  renamed: Map<string, KindedEntry>;
  added: Added[];
  /** People the article's surnames were linked to who cannot be meant (archive/people.ts): their marks are taken off. Default none. */
  removed?: Set<string>;
}

const ENTITY_KINDS = new Set<string>(EntityKindSchema.options);

/**
 * An article with what the archive tells it applied: renamed ids in its marks, mentions, quotations and events, the new
 * mentions marked in its blocks (and counted, those of the headline too), its automatic people brought in line, and its
 * MDX dropped to be written again. An article the archive tells nothing is returned as it was.
 */
export function relink(article: IngestedArticle, { renamed, added, removed = new Set() }: Relinks): IngestedArticle {
  if (renamed.size === 0 && added.length === 0 && removed.size === 0) return article;
  // The id a person now has, or '' for one taken off.
  const id = (old: string) => (removed.has(old) ? '' : (renamed.get(old)?.id ?? old));
  const blocks = article.blocks.map((block, index) => {
    let children = renameIn(block.children, id);
    for (const { start, end, entry } of added.filter((each) => each.block === index)) {
      children = wrap(children, start, end, { kind: 'person', id: entry.id }) ?? children;
    }
    return { ...block, children };
  });
  const counts = new Map<string, number>();
  for (const { id: old, count } of article.frontmatter.mentions ?? [])
    if (id(old)) counts.set(id(old), (counts.get(id(old)) ?? 0) + count);
  for (const { entry } of added) counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
  const people = [...renamed.values(), ...added.map(({ entry }) => entry)];
  const automatic = [...article.automatic.filter((entry) => !renamed.has(entry.id)), ...people]
    .filter((entry, i, all) => all.findIndex((other) => other.id === entry.id) === i && counts.has(entry.id))
    .filter((entry) => isAutomaticId(entry.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  const { mdx: _written, ...rest } = article;
  return {
    ...rest,
    blocks,
    automatic,
    personIds: new Set([...[...article.personIds].map(id), ...added.map(({ entry }) => entry.id)].filter(Boolean)),
    events: article.events.map((event) => ({ ...event, people: [...new Set(event.people.map(id))].filter(Boolean) })),
    frontmatter: {
      ...article.frontmatter,
      mentions: [...counts]
        .map(([each, count]) => ({ id: each, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
      quotations: (article.frontmatter.quotations ?? []).map(({ speaker, ...quotation }) => {
        const now = speaker ? id(speaker) : '';
        return now ? { ...quotation, speaker: now } : quotation;
      }),
    },
  };
}

/**
 * Inline runs with every mark's person id, and every quotation's speaker, as `id` gives them: a person's mark whose id is
 * '' is taken off, its text joined to the text around it, and so is a speaker.
 */
function renameIn(children: Inline[], id: (old: string) => string): Inline[] {
  const out: Inline[] = [];
  for (const inline of children) {
    if (inline.type !== 'annotation') {
      out.push(inline);
      continue;
    }
    const { mark } = inline;
    const inner = renameIn(inline.children, id);
    if (mark.kind === 'person' && !id(mark.id)) out.push(...inner);
    else if (mark.kind === 'person') out.push({ ...inline, mark: { ...mark, id: id(mark.id) }, children: inner });
    else if (mark.kind === 'quote' && mark.speaker) {
      const { speaker, ...rest } = mark;
      const now = id(speaker);
      out.push({ ...inline, mark: now ? { ...rest, speaker: now } : rest, children: inner });
    } else out.push({ ...inline, children: inner });
  }
  return joinText(out);
}

/** Inline runs with neighbouring text runs made one. */
function joinText(children: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of children) {
    const last = out.at(-1);
    if (inline.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { ...last, value: last.value + inline.value };
    else out.push(inline);
  }
  return out;
}

/**
 * Inline runs with the stretch `start`–`end` of their text wrapped in `mark`, where it lies within one text run (inside
 * a quotation or a date if need be); undefined where it does not, or lies inside another name's mark.
 */
export function wrap(children: Inline[], start: number, end: number, mark: Mark): Inline[] | undefined {
  let at = 0;
  for (const [i, inline] of children.entries()) {
    const length = lengthOf(inline);
    if (start >= at && end <= at + length) {
      const inner = wrapOne(inline, start - at, end - at, mark);
      return inner && [...children.slice(0, i), ...inner, ...children.slice(i + 1)];
    }
    at += length;
  }
  return undefined;
}

function wrapOne(inline: Inline, start: number, end: number, mark: Mark): Inline[] | undefined {
  if (inline.type === 'annotation') {
    if (ENTITY_KINDS.has(inline.mark.kind)) return undefined;
    const children = wrap(inline.children, start, end, mark);
    return children && [{ ...inline, children }];
  }
  if (inline.type !== 'text') return undefined;
  const { value } = inline;
  return [
    ...(start > 0 ? [{ type: 'text' as const, value: value.slice(0, start) }] : []),
    { type: 'annotation' as const, mark, children: [{ type: 'text' as const, value: value.slice(start, end) }] },
    ...(end < value.length ? [{ type: 'text' as const, value: value.slice(end) }] : []),
  ];
}

function lengthOf(inline: Inline): number {
  return inline.type === 'annotation'
    ? inline.children.reduce((sum, child) => sum + lengthOf(child), 0)
    : inline.value.length;
}

/** Whether a stretch of a block's text cannot take a mark: it lies inside a name's mark or across runs. */
export function cannotMark(block: Block, start: number, end: number): boolean {
  return wrap(block.children, start, end, { kind: 'flag', n: 0 }) === undefined;
}
