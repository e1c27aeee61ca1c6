import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { evaluate } from '@mdx-js/mdx';

/** An element of the tree a compiled MDX file renders to: a tag or a component's name, and its props. */
export interface Element {
  type: string;
  props: { children?: Child | Child[]; [name: string]: unknown };
}

/** Anything an element may hold: text, another element, or whatever an expression evaluated to. */
export type Child = Element | string | number | boolean | null | undefined;

/** A block as a reader sees it: its element and its runs, each plain text or a component's text. */
export interface Seen {
  type: string;
  runs: Run[];
}

/** A run of text in a block: `text`, or the name of the component around it with its `n`. */
export interface Run {
  type: string;
  n?: string;
  value: string;
}

type Props = Element['props'];
const named =
  (type: string) =>
  (props: Props): Element => ({ type, props });

/** A JSX runtime that builds a plain tree: components (the stubs below) are called, tags become elements. */
const build = (type: string | ((props: Props) => Element), props: Props): Element =>
  typeof type === 'function' ? type(props) : { type, props };
const runtime = { Fragment: named('Fragment'), jsx: build, jsxs: build };

/** Stubs for the components the generated MDX may use; MDX throws on any other. */
const components = { Repair: named('Repair'), Dateline: named('Dateline'), Caption: named('Caption') };

/**
 * Reads an MDX file as the site does: Astro's own frontmatter parser (js-yaml) takes the frontmatter
 * and blanks it out; `@mdx-js/mdx` compiles the rest, without GFM or smart punctuation, which turn text
 * into links and curly quotes after parsing, so no escaping in the file could prevent them.
 */
export async function renderMdx(source: string): Promise<{ frontmatter: unknown; tree: Element; exports: string[] }> {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  const module = await evaluate(content, runtime as unknown as Parameters<typeof evaluate>[1]);
  const render = module.default as unknown as (props: { components: typeof components }) => Element;
  return { frontmatter, tree: render({ components }), exports: Object.keys(module).sort() };
}

/**
 * The blocks of a rendered tree. Throws on anything but p, h2 and Caption (holding one p) as blocks and
 * text, Repair and Dateline inside them: an expression's value, another tag or component is an error.
 */
export function blocksOf(root: Element): Seen[] {
  // MDX returns a lone block as it is, several inside a fragment.
  return (root.type === 'Fragment' ? childrenOf(root) : [root])
    .filter((child) => !isBlank(child))
    .map((child) => {
      const element = asElement(child, ['p', 'h2', 'Caption']);
      if (element.type !== 'Caption') return { type: element.type, runs: runsOf(element) };
      const inner = childrenOf(element).filter((each) => !isBlank(each));
      if (inner.length !== 1) throw new Error(`a caption holds ${inner.length} blocks`);
      return { type: 'Caption', runs: runsOf(asElement(inner[0], ['p'])) };
    });
}

/** Joins neighbouring text runs, as a reader sees them. */
export function merge(runs: Run[]): Run[] {
  return runs.reduce<Run[]>((out, run) => {
    const last = out.at(-1);
    if (run.type === 'text' && last?.type === 'text') last.value += run.value;
    else if (run.type !== 'text' || run.value !== '') out.push({ ...run });
    return out;
  }, []);
}

function runsOf(element: Element): Run[] {
  return merge(
    childrenOf(element).map((child) => {
      if (typeof child === 'string') return { type: 'text', value: child };
      const component = asElement(child, ['Repair', 'Dateline']);
      const text = childrenOf(component).map((each) => {
        if (typeof each !== 'string') throw new Error(`${component.type} holds ${describe(each)}`);
        return each;
      });
      const n = component.props['n'];
      return { type: component.type, ...(n === undefined ? {} : { n: String(n) }), value: text.join('') };
    }),
  );
}

function childrenOf(element: Element): Child[] {
  const { children } = element.props;
  return Array.isArray(children) ? children : children === undefined ? [] : [children];
}

function asElement(child: Child, allowed: string[]): Element {
  if (typeof child === 'object' && child !== null && allowed.includes(child.type)) return child;
  throw new Error(`found ${describe(child)} where only ${allowed.join(', ')} may be`);
}

function isBlank(child: Child): boolean {
  return typeof child === 'string' && child.trim() === '';
}

function describe(child: Child): string {
  return typeof child === 'object' && child !== null
    ? `element <${child.type}>`
    : `${typeof child} ${JSON.stringify(child)}`;
}
