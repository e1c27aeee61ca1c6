/**
 * Quoted stretches of Russian text. Russian print quotes with «ёлочки», nests „лапки“ inside them, and in wire copy
 * often uses straight marks for both levels (`"Есть пословица: "Не ремонтируй то, что работает", - сказал он."`);
 * the reporter's words may stand inside one quotation between dashes (`«…, — сказал он. — …»`), which splits it
 * into two pieces spoken by the same person.
 */

import type { Span } from '../spans.ts';

/** A top-level quotation of one block: its pieces (one, or two around the reporter's inserted words), marks included. */
export interface RussianQuote {
  pieces: Span[];
  /** Where the reporter's inserted words are (`сказал он`), when the quotation holds some. */
  inserted?: Span;
  /** No closing mark before the block ends. */
  open: boolean;
}

const OPENERS = new Set(['«', '„']);
/** What closes each opening mark; a straight mark closes a straight one. */
const CLOSES: Record<string, string[]> = { '«': ['»'], '„': ['“', '”'], '“': ['”'], '"': ['"'] };

/**
 * The top-level quotations of a block, nested quotations kept inside their outer one. A straight mark opens after
 * a space, an opening bracket or dash, or at the block's start, and before a letter or digit; otherwise it closes.
 */
export function russianQuotes(text: string, block: number): RussianQuote[] {
  const out: RussianQuote[] = [];
  const stack: { mark: string; at: number }[] = [];
  for (let at = 0; at < text.length; at++) {
    const mark = text.charAt(at);
    const top = stack.at(-1);
    const opening =
      OPENERS.has(mark) ||
      (mark === '“' && top?.mark !== '„') ||
      (mark === '"' && /^$|[\s([«„—–:-]/u.test(text.charAt(at - 1)) && /[\p{L}\p{N}.…«„]/u.test(text.charAt(at + 1)));
    if (opening) stack.push({ mark, at });
    else if (top && (CLOSES[top.mark] ?? []).includes(mark)) {
      stack.pop();
      if (stack.length === 0) out.push(withInserted(text, block, top.at, at + 1, false));
    }
  }
  const outer = stack[0];
  if (outer) out.push(withInserted(text, block, outer.at, text.length, true));
  return out;
}

/** Verbs of saying, in the forms news uses (past tense of every gender, present third person). */
export const SAYING_VERBS = new Set([
  ...[
    'сказал',
    'заявил',
    'отметил',
    'подчеркнул',
    'добавил',
    'заметил',
    'пояснил',
    'сообщил',
    'указал',
    'написал',
    'констатировал',
    'признал',
    'предупредил',
    'призвал',
    'уточнил',
    'рассказал',
    'ответил',
    'напомнил',
    'выразил',
    'обратил',
    'высказал',
    'заключил',
    'резюмировал',
    'подытожил',
    'процитировал',
    'объяснил',
    'утверждал',
    'говорил',
    'обещал',
    'настаивал',
    'считал',
    // How a reporter tells the tone of what was said, as English "retorted", "joked", "asked": "— поправил министр".
    'поправил',
    'возразил',
    'парировал',
    'пошутил',
    'воскликнул',
    'спросил',
    'посетовал',
    'подтвердил',
  ].flatMap((verb) => [verb, `${verb}а`, `${verb}и`, `${verb}о`]),
  // A reflexive verb of address: "«Барак, отдыхай!» — обратился к президенту Медведев".
  'обратился',
  'обратилась',
  'обратились',
  'говорит',
  'говорится',
  'считает',
  'считают',
  'полагает',
  'утверждает',
  'настаивает',
  'пишет',
  'цитирует',
  'передает',
  'передаёт',
  'уверен',
  'уверена',
  'убежден',
  'убеждена',
  'отмечает',
  'подчеркивает',
  'подчёркивает',
  'заявляет',
  'указывает',
  'добавляет',
  'сообщает',
  'поясняет',
  'констатирует',
  'предупреждает',
  'напоминает',
  'признает',
  'признаёт',
  'уверяет',
]);

/** Whether a word is a verb of saying. */
export function isSayingVerb(word: string): boolean {
  return SAYING_VERBS.has(word.toLowerCase());
}

/** The reporter's words inside a quotation: `…работает", - сказал он. - Вот…` (a dash each side, a verb of saying). */
const INSERTED = /["»“”]?[,.!?…]\s*[-–—]\s+([^-–—"«»„“”]{1,80}?)[.,:]\s+[-–—]\s+/gu;

/** A quotation, cut in two around the reporter's words inside it when it holds some. */
function withInserted(text: string, block: number, start: number, end: number, open: boolean): RussianQuote {
  const inner = text.slice(start, end);
  for (const match of inner.matchAll(INSERTED)) {
    const words = match[1] ?? '';
    if (!words.split(/\s+/).some(isSayingVerb)) continue;
    const cut = start + match.index + match[0].indexOf(words);
    const resume = start + match.index + match[0].length;
    return {
      pieces: [
        { block, start, end: start + match.index + (match[0].search(/[,.!?…]/u) + 1) },
        { block, start: resume, end },
      ],
      inserted: { block, start: cut, end: cut + words.length },
      open,
    };
  }
  return { pieces: [{ block, start, end }], open };
}
