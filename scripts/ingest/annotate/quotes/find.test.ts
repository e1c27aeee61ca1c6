import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../test/paths.ts';
import type { EntityKind, Mention, Quotation } from '../spans.ts';
import { findQuotations } from './find.ts';

/** Names to link: each name's entity id, and its kind when not a person. */
type Names = Record<string, string | [string, EntityKind]>;

/**
 * A stand-in for the entity linker, which gives the same shape: every whole-word occurrence of each name, longer
 * names first, so that "Sergei Lavrov" is one mention and not also "Lavrov".
 */
function link(blocks: string[], names: Names): Mention[] {
  const mentions: Mention[] = [];
  const longestFirst = Object.keys(names).sort((a, b) => b.length - a.length);
  blocks.forEach((text, block) => {
    for (const name of longestFirst) {
      const entry = names[name] ?? '';
      const [id, kind] = typeof entry === 'string' ? [entry, 'person' as const] : entry;
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
        const start = match.index;
        const end = start + name.length;
        if (mentions.some((m) => m.block === block && m.start < end && m.end > start)) continue;
        mentions.push({ block, start, end, id, kind, by: 'name' });
      }
    }
  });
  return mentions;
}

/** Each quotation as its opening words and its speaker, for assertions that read like the text. */
function quotes(blocks: string[], names: Names): { opens: string; speaker: string | undefined }[] {
  return findQuotations(blocks, link(blocks, names)).map((quotation) => ({
    opens: opening(blocks, quotation),
    speaker: quotation.speaker,
  }));
}

function opening(blocks: string[], quotation: Quotation): string {
  const [span] = quotation.spans;
  if (!span) return '';
  return (blocks[span.block] ?? '')
    .slice(span.start + 1, span.end)
    .split(/\s+/)
    .slice(0, 3)
    .join(' ');
}

const LAVROV: Names = { 'Sergei Lavrov': 'sergei-lavrov', Lavrov: 'sergei-lavrov' };

const CLINTON_AND_LAVROV: Names = {
  ...LAVROV,
  'Hillary Clinton': 'hillary-clinton',
  Clinton: 'hillary-clinton',
  'Russian foreign Ministry': ['russian-foreign-ministry', 'organisation'],
};

describe('quotation marks', () => {
  it('reads straight, curly and guillemet quotation marks alike', () => {
    const blocks = [
      '"We supply only defensive weapons," said Lavrov.',
      '“We offered the US and the coalition to coordinate,” Lavrov said.',
      '«Мы поставляем только оборонительное оружие», said Lavrov.',
    ];
    expect(quotes(blocks, LAVROV).map((quote) => quote.speaker)).toEqual(Array(3).fill('sergei-lavrov'));
  });

  it("keeps the single-quoted 'caliphate' inside the quotation instead of emitting it on its own", () => {
    const blocks = [
      '"We did not agree on any specific steps," Lavrov said.',
      '"We all agreed that our common goal is to defeat Islamic State (IS), not to allow IS to establish the \'caliphate\', which they are planning to expand further to huge territories ... Both Russia and the United States absolutely determined not to allow them to succeed."',
    ];
    const [, paragraph] = findQuotations(blocks, link(blocks, LAVROV));
    expect(paragraph?.spans).toEqual([{ block: 1, start: 0, end: (blocks[1] ?? '').length }]);
  });

  it('closes a quotation with the “ that translated text uses as a closing mark', () => {
    const blocks = [
      ' “The adoption of the statement was preceded by intensive work of teams of Russian and US experts “- quoted statement by Putin, the Kremlin press service',
    ];
    expect(quotes(blocks, { Putin: 'vladimir-putin' })).toEqual([
      { opens: 'The adoption of', speaker: 'vladimir-putin' },
    ]);
  });

  it('ignores a stray closing mark rather than opening a quotation that swallows the rest', () => {
    const blocks = [
      'Clinton, in turn, said that the U.S. does not intend to abandon the sanctions against Iran.',
      'According to her, in this region it is necessary to reduce the level of violence and contribute to the Geneva process". "We will be overloaded in terms of work," she said.',
    ];
    expect(quotes(blocks, CLINTON_AND_LAVROV)).toEqual([{ opens: 'We will be', speaker: 'hillary-clinton' }]);
  });

  it('follows a quotation over two paragraphs with one id and a span in each', () => {
    const blocks = [
      '"We all agreed that our common goal is to defeat Islamic State.',
      '"Both Russia and the United States are absolutely determined not to allow them to succeed," Lavrov said.',
      'The two leaders met on the sidelines of the General Assembly.',
    ];
    const [quotation, ...others] = findQuotations(blocks, link(blocks, LAVROV));
    expect(others).toEqual([]);
    expect(quotation?.id).toBe(1);
    expect(quotation?.spans.map((span) => span.block)).toEqual([0, 1]);
    expect(quotation?.speaker).toBe('sergei-lavrov');
  });
});

describe('scare quotes and short quoted phrases', () => {
  it('does not take the "reset", "overload" or the "burden" for quotations', () => {
    const blocks = [
      'The meeting took place against the background of the declared Washington\'s desire to "reset" in relations with Moscow.',
      'As it turned out, the button written in English "reset", and in Russian-"overload".',
      'According to Sergei Lavrov, despite the "burden", one practical result of the meeting has already been achieved.',
      'Continuing linguistic debate, Clinton said that the word "overload" is also to some extent correct.',
    ];
    expect(quotes(blocks, CLINTON_AND_LAVROV)).toEqual([]);
  });

  it('takes a short phrase that a verb of saying attributes: Clinton called the meeting "very productive"', () => {
    const blocks = ['At a press conference following the talks, Clinton called the meeting "very productive".'];
    expect(quotes(blocks, CLINTON_AND_LAVROV)).toEqual([{ opens: 'very productive"', speaker: 'hillary-clinton' }]);
  });

  it('takes a short phrase attributed at the end of its sentence: ..., Reuters reports', () => {
    const blocks = [
      'President Barack Obama “appeared isolated” in St. Petersburg, Russia on Friday at the G20 summit, Reuters reports.',
    ];
    expect(quotes(blocks, { 'Barack Obama': 'barack-obama', Reuters: ['reuters', 'organisation'] })).toEqual([
      { opens: 'appeared isolated”', speaker: 'reuters' },
    ]);
  });

  it('leaves out a name in quotation marks: the “Islamic State”, “Dzhebhat en-Nusra”', () => {
    const blocks = [
      'The truce will not apply to the “Islamic State”, “Dzhebhat en-Nusra” (forbidden in the Russian Federation) and other parties.',
    ];
    expect(quotes(blocks, {})).toEqual([]);
  });
});

describe('attribution', () => {
  it('reads "..., X was quoted as saying" (seed 000)', () => {
    const blocks = [
      '"The settlement of the situation in Iraq and the formation of a truly legitimate government will contribute to stability in the region as a whole," Fedotov was quoted as saying.',
    ];
    expect(quotes(blocks, { Fedotov: 'yuri-fedotov' })).toEqual([
      { opens: 'The settlement of', speaker: 'yuri-fedotov' },
    ]);
  });

  it('takes Lavrov, not the ministry, from "an online statement released by the ministry quoted Lavrov as saying" (seed 001)', () => {
    const blocks = [
      '"We did not agree on any specific steps, but on continuing our cooperation," an online statement released by the ministry quoted Lavrov as saying.',
    ];
    const [quotation] = findQuotations(blocks, link(blocks, { ...LAVROV, ministry: ['mfa', 'organisation'] }));
    expect(quotation?.speaker).toBe('sergei-lavrov');
    expect(blocks[0]?.slice(quotation?.evidence?.start, quotation?.evidence?.end)).toBe('Lavrov');
  });

  it('gives a following quotation paragraph with no attribution to the previous speaker (seed 001)', () => {
    const blocks = [
      '"We did not agree on any specific steps," an online statement released by the ministry quoted Lavrov as saying.',
      '"We all agreed that our common goal is to defeat Islamic State (IS)."',
    ];
    const [, continuation] = findQuotations(blocks, link(blocks, LAVROV));
    expect(continuation).toMatchObject({ id: 2, speaker: 'sergei-lavrov' });
    expect(continuation?.evidence).toBeUndefined();
  });

  it('finds the minister in "- said the Russian Minister" and Lavrov in "said Lavrov" (seed 003)', () => {
    const blocks = [
      'Lavrov stressed that Russia did not violate international commitments on arms transfers abroad.',
      '"Issues of military-technical cooperation with Iran and other countries be resolved exclusively in the legal field", - said the Russian Minister.',
      '"We supply only nestabilities, defensive weapons," said Lavrov, adding that he would like the same restraint from others.',
    ];
    const names = { ...CLINTON_AND_LAVROV, 'Russian foreign Minister Sergei Lavrov': 'sergei-lavrov' };
    const text =
      'The Russian foreign Minister Sergei Lavrov and U.S. Secretary of state Hillary Clinton met in Geneva.';
    expect(quotes([text, ...blocks], names)).toEqual([
      { opens: 'Issues of military-technical', speaker: 'sergei-lavrov' },
      { opens: 'We supply only', speaker: 'sergei-lavrov' },
    ]);
  });

  it('tells the Secretary from the Minister by the titles they were introduced with (seed 003)', () => {
    const blocks = [
      'The Russian foreign Minister Sergei Lavrov and U.S. Secretary of state Hillary Clinton pleased with the results.',
      'Lavrov said that Russia is very pleased that the Obama administration is ready to listen.',
      '"We discussed the issue of Iran in great detail," the Secretary said.',
    ];
    expect(quotes(blocks, CLINTON_AND_LAVROV)).toEqual([{ opens: 'We discussed the', speaker: 'hillary-clinton' }]);
  });

  it('does not take "According to her" without quotation marks for a quotation (seed 003)', () => {
    const blocks = [
      '"We really discussed the issue of control. This is a high priority for us," said Clinton. According to her, the USA and Russia have already identified some elements of a new Treaty.',
    ];
    expect(quotes(blocks, CLINTON_AND_LAVROV)).toEqual([{ opens: 'We really discussed', speaker: 'hillary-clinton' }]);
  });

  it('resolves "he said" to the subject of the previous attribution, not the last name mentioned (eval 12)', () => {
    const blocks = [
      'Lavrov said that if Snowden wanted political asylum in Russia he needed to go through certain procedures.',
      '"You know, we are not in contact with Snowden," he said.',
    ];
    expect(quotes(blocks, { ...LAVROV, Snowden: 'edward-snowden' })[0]?.speaker).toBe('sergei-lavrov');
  });

  it('resolves "she said" past a man who spoke last, by the first name Hillary', () => {
    const blocks = [
      'Hillary Clinton met Sergei Lavrov in Geneva. Lavrov said the talks were useful.',
      '"We will be overloaded in terms of work," she said.',
    ];
    expect(quotes(blocks, CLINTON_AND_LAVROV)[0]?.speaker).toBe('hillary-clinton');
  });

  it('attributes "the Foreign Ministry said in a statement" and then "the statement said:" to the ministry (eval 01)', () => {
    const blocks = [
      '"The Russian side demanded that American authorities take urgent and exhaustive measures," the Foreign Ministry said in a statement after envoy Alexander Vershbow had been summoned.',
      'Referring to the air strikes, the statement said: "The safety of personnel of the Russian diplomatic representation was in immediate danger."',
    ];
    const names: Names = {
      'Foreign Ministry': ['russian-foreign-ministry', 'organisation'],
      'Alexander Vershbow': 'vershbow',
    };
    expect(quotes(blocks, names).map((quote) => quote.speaker)).toEqual(Array(2).fill('russian-foreign-ministry'));
  });

  it('reads X said: "...", X told reporters "...", according to X, "..." and X added', () => {
    const blocks = [
      'Lavrov said: "We have explained our position to our partners."',
      'Clinton told reporters "we will work honestly and openly with Russia."',
      'According to Lavrov, "one practical result of the meeting has already been achieved."',
      '"On this basis we can cooperate with the United States," Clinton added.',
    ];
    expect(quotes(blocks, CLINTON_AND_LAVROV).map((quote) => quote.speaker)).toEqual([
      'sergei-lavrov',
      'hillary-clinton',
      'sergei-lavrov',
      'hillary-clinton',
    ]);
  });

  it('leaves the speaker undefined when the attribution names no one known: "a senior U.S. official said" (eval 10)', () => {
    const blocks = [
      '"I do not think those sanctions will be approved by the Security Council," Lavrov said.',
      '"We\'re pretty disappointed with the Russian position so far," a senior U.S. official said of Lavrov\'s comments. "We will keep on trying," he added.',
    ];
    expect(quotes(blocks, LAVROV).map((quote) => quote.speaker)).toEqual(['sergei-lavrov', undefined, undefined]);
  });

  it('gives "according to him" with a quotation to the previous speaker', () => {
    const blocks = [
      '"Kosovo is precisely one of those issues on which we have serious disagreements," Lavrov said.',
      'According to him, "Serbia turned to the international court on the question of independence."',
    ];
    expect(quotes(blocks, LAVROV).map((quote) => quote.speaker)).toEqual(['sergei-lavrov', 'sergei-lavrov']);
  });

  it('gives a quotation after "who said" to the person the relative pronoun follows, not the last speaker', () => {
    const blocks = [
      '"Poland will build confidence," Sikorski said.',
      'Lavrov brushed aside a comment from Gen. Anatoly Nogovitsyn, the deputy chief of staff, who said that by deploying the system Poland "is exposing itself to a strike."',
    ];
    const names = { Sikorski: 'radek-sikorski', Lavrov: 'sergei-lavrov', 'Anatoly Nogovitsyn': 'anatoly-nogovitsyn' };
    expect(quotes(blocks, names).map((quote) => quote.speaker)).toEqual(['radek-sikorski', 'anatoly-nogovitsyn']);
  });

  it('does not reach for a speaker more than a few sentences back', () => {
    const blocks = [
      'Lavrov met his counterparts in New York on Monday.',
      'The meeting lasted two hours. The agenda was long. Syria came first. Iran came second.',
      '"There is a real chance to end years of bloodshed," he said.',
    ];
    expect(quotes(blocks, LAVROV)).toEqual([{ opens: 'There is a', speaker: undefined }]);
  });
});

describe('the eval articles', () => {
  const EVAL = join(ROOT, 'test', 'eval');
  const ORGANISATIONS: Record<string, string[]> = {
    'Russian Foreign Ministry': ['Foreign Ministry'],
    'U.S. Embassy in Moscow': ['US Embassy in Moscow', 'U.S. embassy', 'US Embassy'],
    Reuters: ['Reuters'],
  };
  // Names the articles use that neither the full name nor the surname matches.
  const ALIASES: Record<string, string[]> = { 'Xi Jinping': ['Xi'], 'Bashar al-Assad': ['Assad'] };
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');

  /** Links every gold speaker and person by full name, by alias, and by surname where no other person shares it. */
  function goldNames(people: string[], speakers: string[]): Names {
    const names: Names = {};
    const persons = [...new Set([...people, ...speakers.filter((name) => !(name in ORGANISATIONS))])];
    const surname = (name: string) => name.split(' ').at(-1) ?? name;
    for (const person of persons) {
      names[person] = slug(person);
      for (const alias of ALIASES[person] ?? []) names[alias] = slug(person);
      if (persons.filter((other) => surname(other) === surname(person)).length === 1)
        names[surname(person)] = slug(person);
    }
    for (const [organisation, forms] of Object.entries(ORGANISATIONS)) {
      if (!speakers.includes(organisation)) continue;
      for (const form of forms) names[form] = [slug(organisation), 'organisation'];
    }
    return names;
  }

  it('finds at least 85% of the gold quotations with the gold speaker', () => {
    const misses: string[] = [];
    let total = 0;
    for (const file of readdirSync(join(EVAL, 'gold'))) {
      const gold = JSON.parse(readFileSync(join(EVAL, 'gold', file), 'utf8')) as {
        people: string[];
        quotes: { start: string; speaker: string | null }[];
      };
      const blocks = readFileSync(join(EVAL, 'articles', file.replace(/\.json$/, '.txt')), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      const found = findQuotations(
        blocks,
        link(
          blocks,
          goldNames(
            gold.people,
            gold.quotes.map((q) => q.speaker ?? ''),
          ),
        ),
      );
      for (const quote of gold.quotes) {
        total++;
        const match = found.find((quotation) => {
          const [span] = quotation.spans;
          return span && (blocks[span.block] ?? '').slice(span.start + 1).startsWith(quote.start);
        });
        const expected = quote.speaker === null ? undefined : slug(quote.speaker);
        if (match?.speaker !== expected || !match) {
          misses.push(`${file}: "${quote.start}" wanted ${expected}, got ${match ? match.speaker : 'no quotation'}`);
        }
      }
    }
    const share = (total - misses.length) / total;
    console.log(
      `Gold quotations found with the right speaker: ${total - misses.length} of ${total} (${Math.round(share * 100)}%)`,
    );
    for (const miss of misses) console.log(`  missed ${miss}`);
    expect(share).toBeGreaterThanOrEqual(0.85);
  });
});

describe('any text', () => {
  it('gives ids 1, 2, 3... and spans inside their blocks, whatever the marks', () => {
    const text = fc.string({
      unit: fc.constantFrom('"', '“', '”', '«', '»', "'", ' ', 'a', 'Lavrov', ' said', '.', ','),
    });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (blocks) => {
        const found = findQuotations(blocks, link(blocks, LAVROV));
        expect(found.map((quotation) => quotation.id)).toEqual(found.map((_, index) => index + 1));
        for (const span of found.flatMap((quotation) => quotation.spans)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual((blocks[span.block] ?? '').length);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
    );
  });
});
