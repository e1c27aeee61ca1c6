import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { h } from 'hastscript';
import { z } from 'zod';
import { datetimeOf, formatEdtf } from '../../lib/dates.ts';
import { entityPath } from '../../lib/entities.ts';
import { surname } from '../../lib/people.ts';
import {
  componentProps,
  EntityPropsSchema,
  GlossQuotePropsSchema,
  GlossTimePropsSchema,
  NotePropsSchema,
  PermalinkPropsSchema,
  QuotePropsSchema,
  TimePropsSchema,
} from '../../schemas/components.ts';
import { EntitiesFileSchema, type EntityRecord } from '../../schemas/data.ts';

/**
 * The annotations of an article's MDX (`<Person>`, `<Quote>`, `<Time>`… as the ingest and the remark passes write them),
 * turned into plain HTML elements when the MDX is compiled, instead of one Astro component rendered per mention at
 * build time. An article holds hundreds of mentions; as components, each was an async render with its own entity
 * lookup, and Astro's rendering of the articles took about three times that of the same text as bare MDX (issue 12).
 * The markup is the one the components gave, element for element; every prop is still validated (src/schemas/
 * components.ts), and a mention of an entity the archive does not have stops the build with the file and the fix.
 */

/** An MDX JSX element as it reaches rehype (mdast-util-mdx-jsx's hast form). */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}

/** What the plugin needs to know: the archive's entities, and the base path every internal address starts with. */
export interface AnnotationOptions {
  /** The project's folder, whose `content/data/entities.json` the ingest wrote. */
  root: string;
  /** The site's base path, `/` or `/archive/`, with a slash at each end. */
  base: string;
}

type Convert = (props: Record<string, string>, children: ElementContent[]) => ElementContent[];

export function rehypeAnnotations({ root, base }: AnnotationOptions) {
  let entities: Map<string, EntityRecord> | undefined;
  /** Read when the first article is compiled, so that the config loads before the ingest has run. */
  const entityOf = (component: string, id: string): EntityRecord => {
    entities ??= new Map(readEntities(root).map((entity) => [entity.id, entity]));
    const entity = entities.get(id);
    if (!entity)
      throw new Error(`<${component} id="${id}">: no such entity in content/data/entities.json; run npm run ingest.`);
    return entity;
  };
  const href = (path: string): string => `${base}${path.slice(1)}`;
  const props = <T extends z.ZodType>(component: string, schema: T, given: Record<string, string>): z.output<T> =>
    componentProps(component, schema, given);

  /** The superscript number that leads to an editorial note, as src/components/NoteRef.astro draws it in the text. */
  const noteRef = (n: string): Element =>
    h('sup', { className: ['note-ref'], dataPagefindIgnore: true }, [
      h('a', { href: `#note-${n}`, id: `note-ref-${n}`, ariaLabel: `Editorial note ${n}`, dataN: n }),
    ]);

  /** A place, organisation or agreement, linked to its page; one holding a link of its own is linked after it. */
  const named =
    (component: string): Convert =>
    (given, children) => {
      const { id } = props(component, EntityPropsSchema, given);
      const entity = entityOf(component, id);
      const page = href(entityPath(entity.kind, id));
      const className = ['entity', entity.kind];
      return holdsLink(children)
        ? [
            h('span', { className: ['entity-name'], title: entity.description }, [
              ...children,
              h('a', { className, href: page, ariaLabel: `${entity.name}, its page` }, '→'),
            ]),
          ]
        : [h('a', { className, href: page, title: entity.description }, children)];
    };

  const converters: Record<string, Convert> = {
    Agreement: named('Agreement'),
    Org: named('Org'),
    Place: named('Place'),
    // In search a name weighs more than plain words; where the text spells it otherwise than the gazetteer
    // ("Kharazzi"), the gazetteer's spelling is indexed too, from the `title`.
    Person: (given, children) => {
      const { id } = props('Person', EntityPropsSchema, given);
      const entity = entityOf('Person', id);
      const printed = textOf(h('span', children)).toLowerCase();
      const search = {
        dataPagefindWeight: '4',
        dataPagefindIndexAttrs: printed.includes(surname(entity.name).toLowerCase()) ? undefined : 'title',
      };
      const page = href(`/people/${id}/`);
      return holdsLink(children)
        ? [
            h('span', { className: ['person-name'], title: entity.name, ...search }, [
              ...children,
              h('a', {
                className: ['entity', 'person', 'to-page'],
                href: page,
                ariaLabel: `${entity.name}, their page`,
              }),
            ]),
          ]
        : [h('a', { className: ['entity', 'person'], href: page, title: entity.name, ...search }, children)];
    },
    // The speaker is named in the gloss after the paragraph, not in the sentence (remark-glosses.ts).
    Quote: (given, children) => {
      const { n, speaker, last } = props('Quote', QuotePropsSchema, given);
      const who = speaker ? entityOf('Quote', speaker) : undefined;
      return [h('q', { className: ['quote'], id: last ? `quote-${n}` : undefined, dataSpeaker: who?.name }, children)];
    },
    Time: (given, children) => {
      const { edtf } = props('Time', TimePropsSchema, given);
      const plain = edtf && /^\d{4}(?:-\d{2}){0,2}$/.test(edtf) ? edtf : edtf ? datetimeOf(edtf) : undefined;
      return plain
        ? [h('time', { className: ['time'], dateTime: plain, title: formatEdtf(edtf ?? plain) }, children)]
        : [h('span', { className: ['time', 'unresolved'] }, children)];
    },
    // The stylesheet draws the ¶, the note numbers and the arrows, so that a copied passage holds the words alone.
    Permalink: (given) => {
      const { to } = props('Permalink', PermalinkPropsSchema, given);
      return [h('a', { className: ['permalink'], href: `#${to}`, ariaLabel: 'Link to this paragraph' })];
    },
    Flag: (given, children) => {
      const { n } = props('Flag', NotePropsSchema, given);
      return [h('span', { className: ['flag'] }, children), noteRef(n)];
    },
    Repair: (given, children) => {
      const { n } = props('Repair', NotePropsSchema, given);
      return [h('span', { className: ['repair'] }, children), noteRef(n)];
    },
    Dateline: (_, children) => [h('span', { className: ['dateline'] }, children)],
    Caption: (given, children) => [
      h('aside', { className: ['caption'], ariaLabel: 'Photo caption', id: given.id }, [
        h('p', { className: ['caption-label'] }, 'Photo caption (the photo is not kept)'),
        ...children,
      ]),
    ],
    Gloss: (_, children) => [h('ul', { className: ['gloss'], ariaLabel: 'Notes on the paragraph above' }, children)],
    GlossQuote: (given) => {
      const { n, words, speaker } = props('GlossQuote', GlossQuotePropsSchema, given);
      const who = speaker ? entityOf('GlossQuote', speaker) : undefined;
      const saidBy: ElementContent[] = who
        ? [
            { type: 'text', value: ' — said by ' },
            who.kind === 'person'
              ? h('a', { href: href(`/people/${who.id}/`) }, who.name)
              : { type: 'text', value: who.name },
          ]
        : [{ type: 'text', value: ' — the text does not say who said it' }];
      return [h('li', [h('a', { href: `#quote-${n}`, className: ['gloss-quote'] }, words), ...saidBy])];
    },
    GlossTime: (given) => {
      const { edtf, text } = props('GlossTime', GlossTimePropsSchema, given);
      const datetime = datetimeOf(edtf);
      return [
        h('li', [
          `“${text}” is `,
          datetime ? h('time', { dateTime: datetime }, formatEdtf(edtf)) : formatEdtf(edtf),
          ', counted from the publication date',
        ]),
      ];
    },
  };

  /** The children with every annotation below them converted, innermost first. */
  const convert = (children: RootContent[], file: string): RootContent[] =>
    children.flatMap((child): RootContent[] => {
      if (!('children' in child)) return [child];
      const inner = convert(child.children as RootContent[], file) as ElementContent[];
      if (child.type !== 'mdxJsxFlowElement' && child.type !== 'mdxJsxTextElement')
        return [{ ...child, children: inner } as RootContent];
      const jsx = child as unknown as JsxElement;
      const converter = jsx.name ? converters[jsx.name] : undefined;
      if (!converter) return [{ ...child, children: inner } as RootContent];
      const given: Record<string, string> = {};
      for (const attribute of jsx.attributes)
        if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string')
          given[attribute.name] = attribute.value;
      try {
        return converter(given, inner);
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    });

  return (tree: Root, file: { path?: string }): void => {
    tree.children = convert(tree.children, file.path ?? 'an article');
  };
}

/** The archive's entities, or an error that says which file is wrong and how to mend it. */
function readEntities(root: string): EntityRecord[] {
  const file = join(root, 'content', 'data', 'entities.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} cannot be read (${(error as Error).message}); run npm run ingest to write it.`);
  }
  const result = EntitiesFileSchema.safeParse(data);
  if (!result.success)
    throw new Error(`${file} is not as the ingest writes it:\n${z.prettifyError(result.error)}\nRun npm run ingest.`);
  return result.data;
}

/** Whether any element below holds a link, which HTML forbids inside another. */
function holdsLink(children: ElementContent[]): boolean {
  return children.some(
    (child: Nodes) =>
      child.type === 'element' && (child.tagName === 'a' || holdsLink(child.children as ElementContent[])),
  );
}
