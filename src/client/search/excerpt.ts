/**
 * An excerpt Pagefind wrote as HTML, as DOM: its text as text and its `<mark>`s as marks, nothing else. The HTML is
 * parsed by DOMParser into an inert document (nothing in it runs or loads), so seed text that looks like markup
 * stays text, whatever Pagefind escaped.
 */
export function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
