import type { Element, ElementContent } from 'hast';

/** Attribute values as the drawing writes them; `undefined` leaves the attribute out. */
export type Attributes = Record<string, string | number | undefined>;

/**
 * An SVG element as a hast node, its properties keyed by attribute name (`text-anchor`, `data-id`, `viewBox`),
 * which hast-util-to-html and hast-util-to-xast accept as they are. Built by hand rather than with hastscript, whose
 * property tables (property-information) would more than double the browser's share of the chart (see toDom).
 */
export function svgElement(
  tagName: string,
  attributes: Attributes = {},
  children: (ElementContent | string)[] = [],
): Element {
  const properties: Element['properties'] = {};
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) properties[name] = String(value);
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A drawing made by `svgElement` as DOM, in the browser: every property is an attribute by its own name, and text is
 * text (never parsed as markup). The counterpart of `svgElement`, small for the same reason.
 */
export function toDom(node: ElementContent): Node {
  if (node.type === 'text') return document.createTextNode(node.value);
  if (node.type !== 'element') return document.createTextNode('');
  const element = document.createElementNS(SVG_NS, node.tagName);
  for (const [name, value] of Object.entries(node.properties)) element.setAttribute(name, String(value));
  for (const child of node.children) element.append(toDom(child));
  return element;
}
