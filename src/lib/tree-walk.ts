/**
 * Walks of an article's Markdown (mdast) or HTML (hast) tree, written here rather than with unist-util-visit, which
 * makes a function for every node it passes and names it (a debugging aid): the renderer's three walks with it were a
 * sixth of rendering an article (a CPU profile of rendering 400 generated articles, 7 December), and the glosses' and
 * the first paragraph's another half second of a clean build at 1,000 articles. rehype-annotations.ts walks its tree
 * by hand too.
 */

/** A node of either tree, as far as these walks read it. */
export interface Walked {
  type: string;
  children?: Walked[];
}

/**
 * Calls `each` with `tree` and every node below it that has children, a parent before its children, and then goes
 * into the children `each` left it.
 */
export function eachParent<Tree extends Walked>(
  tree: Tree,
  each: (parent: Tree & { children: NonNullable<Tree['children']> }) => void,
): void {
  const walk = (node: Walked) => {
    if (!node.children) return;
    each(node as Tree & { children: NonNullable<Tree['children']> });
    for (const child of node.children) walk(child);
  };
  walk(tree);
}

/** Calls `each` with `tree` and every node below it, each before its children, as unist-util-visit takes them. */
export function eachNode<Tree extends Walked>(tree: Tree, each: (node: Tree) => void): void {
  const walk = (node: Walked) => {
    each(node as Tree);
    if (node.children) for (const child of node.children) walk(child);
  };
  walk(tree);
}
