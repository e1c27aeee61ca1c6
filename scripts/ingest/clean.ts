import type { Change } from '../../src/schemas/article.ts';
import type { Lexicon } from '../../src/schemas/editorial.ts';
import type { Piece } from './segment.ts';
import { creditName, dominantScript, hasAddress, isProse, words } from './text/prose.ts';

/** A piece that survived cleaning; captions are kept apart from the running text. */
export interface KeptPiece extends Piece {
  /** True for a photo caption, which belongs to the article but is not its running text. */
  caption: boolean;
}

/** The pieces that belong to the article, what was removed, and the masthead lines describe reads for the outlet. */
export interface Cleaned {
  kept: KeptPiece[];
  changes: Change[];
  masthead: Piece[];
}

/** Matches a photo caption's credit: "[Photo/Agencies]", "(Photo: Reuters)", "Photo: AP". */
const CAPTION_CREDIT =
  /\[(?:photo|picture|image|video)\b[^\]]*\]|\((?:photo|picture|image)\b[^)]*\)|^(?:photo|picture)\s*:/i;

/**
 * Takes page furniture out of a seed by general rules: separator rows, lines in another script, lines
 * the lexicon names, masthead lines before the text, and the link lists after its last paragraph.
 */
export function clean(pieces: Piece[], lexicon: Lexicon): Cleaned {
  const script = dominantScript(pieces.map((piece) => piece.text).join('\n'));
  const changes: Change[] = [];
  const masthead: Piece[] = [];
  const kept: KeptPiece[] = [];
  const firstProse = pieces.findIndex((piece) => isProse(piece.text));
  const remove = (piece: Piece, reason: string): void => {
    changes.push({ kind: 'removed', line: piece.line, text: piece.text, reason });
  };
  const keep = (piece: Piece): void => {
    const text = piece.text.replace(/\s*\|+$/, '');
    if (text !== piece.text && !isProse(text) && !CAPTION_CREDIT.test(text)) {
      remove(piece, 'a navigation row (a short label followed by “|”)');
      return;
    }
    if (text !== piece.text)
      remove({ ...piece, text: piece.text.slice(text.length).trim() }, 'a separator after the text');
    kept.push({ line: piece.line, text, caption: CAPTION_CREDIT.test(text) });
  };

  for (const [index, piece] of pieces.entries()) {
    const reason = furnitureReason(piece.text, script, lexicon);
    if (reason) {
      remove(piece, reason);
    } else if (isMasthead(piece.text) && (firstProse === -1 || index < firstProse)) {
      masthead.push(piece);
      remove(piece, 'the site’s masthead: its name and address, kept as the outlet');
    } else {
      keep(piece);
    }
  }
  return { kept: dropTail(kept, remove), changes: changes.sort((a, b) => a.line - b.line), masthead };
}

/** A site's masthead: an address with at most five other words ("gnn9.com :http://…: Global News Network 9"). */
function isMasthead(text: string): boolean {
  const rest = text.replace(
    /\S*(?:https?:\/\/|www\.)\S*|\S+\.(?:com|org|net|info|ru|cn|uk|in|us|gov|int|eu|de|fr)\S*/giu,
    ' ',
  );
  return hasAddress(text) && words(rest).length <= 5;
}

function furnitureReason(text: string, script: string | undefined, lexicon: Lexicon): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'a row of separators';
  const own = dominantScript(text);
  if (script && own && own !== script) {
    return `text in the ${own} script on a page written in ${script}: leftover site furniture (menus, forms)`;
  }
  const label = text.replace(/[\s|:]+$/, '').toLowerCase();
  if (lexicon.furniture.some((phrase) => phrase.toLowerCase() === label)) return 'page furniture (a section label)';
  if (lexicon.furniturePrefixes.some((prefix) => label.startsWith(prefix.toLowerCase()))) {
    return 'page furniture (a link or notice)';
  }
  return undefined;
}

/**
 * After the last paragraph of prose come related-story lists and section labels: short lines that are
 * not sentences. Credit lines ("- IANS") stay for describe; long unpunctuated runs stay as text.
 */
function dropTail(kept: KeptPiece[], remove: (piece: Piece, reason: string) => void): KeptPiece[] {
  let last = -1;
  kept.forEach((piece, index) => {
    if (isProse(piece.text)) last = index;
  });
  if (last === -1) return kept;
  return kept.filter((piece, index) => {
    if (index <= last || creditName(piece.text) || words(piece.text).length >= 15) return true;
    remove(piece, 'after the end of the article: related links and page furniture');
    return false;
  });
}
