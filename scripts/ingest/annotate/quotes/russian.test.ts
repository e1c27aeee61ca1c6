import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../content/gazetteer.ts';
import { linkEntities } from '../entities.ts';
import { findRussianQuotations } from './russian.ts';
import { russianQuotes } from './russian-marks.ts';

const gazetteer = loadGazetteer(resolve(import.meta.dirname, '../../../../content'));

/** Each quotation of the paragraphs as "speaker: words". */
function quoted(...blocks: string[]): string[] {
  const { mentions } = linkEntities(blocks, gazetteer, '2015-09-30');
  return findRussianQuotations(blocks, mentions).map(
    (q) => `${q.speaker ?? '?'}: ${q.spans.map((s) => (blocks[s.block] ?? '').slice(s.start, s.end)).join(' ')}`,
  );
}

describe('russianQuotes', () => {
  it('keeps „low-high" quotes nested inside «guillemets» in their outer quotation', () => {
    const text = 'Он сказал: «Это „перезагрузка“ отношений», и ушёл.';
    expect(russianQuotes(text, 0).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)))).toEqual([
      ['«Это „перезагрузка“ отношений»'],
    ]);
  });

  it('pairs straight marks by where they stand, nested ones included', () => {
    const text = '"Есть пословица: "Не ремонтируй то, что работает", - сказал он. - Это и хотим сказать".';
    expect(russianQuotes(text, 0).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)))).toEqual([
      ['"Есть пословица: "Не ремонтируй то, что работает",', 'Это и хотим сказать"'],
    ]);
  });
});

describe('findRussianQuotations', () => {
  it('ends the subject after "сказал" at a preposition after a name: the one met after "с" did not speak', () => {
    // "Буш" alone is no mention here: the quotation's speaker is unknown, never the minister he met.
    expect(quoted('"Мы договорились о многом", - сказал Буш после переговоров с Сергеем Лавровым.')).toEqual([
      '?: "Мы договорились о многом"',
    ]);
    expect(quoted('«Мы договорились о многом», — заявил в среду Сергей Лавров.')).toEqual([
      'sergei-lavrov: «Мы договорились о многом»',
    ]);
  });

  it('takes a short phrase for speech after "по данным" an outlet, or "по ее словам" after she spoke', () => {
    expect(quoted('По данным Reuters, делегации обсудят «порядок дальнейших шагов» в Женеве.')).toEqual([
      'reuters: «порядок дальнейших шагов»',
    ]);
    expect(
      quoted('Мария Захарова рассказала о подготовке встречи.', 'По ее словам, стороны обсудят «новые меры доверия».'),
    ).toEqual(['maria-zakharova: «новые меры доверия»']);
  });

  it('reads a subject before an aside set off by commas: "Лавров, в свою очередь, заявил, что …"', () => {
    expect(quoted('Лавров, в свою очередь, заявил, что ждет ответа по «мерам доверия».')).toEqual([
      'sergei-lavrov: «мерам доверия»',
    ]);
  });

  it('reads the speaker after the quotation: «…», — сказал Лавров', () => {
    expect(quoted('«Мы продолжим контакты с американскими коллегами», — сказал Сергей Лавров журналистам.')).toEqual([
      'sergei-lavrov: «Мы продолжим контакты с американскими коллегами»',
    ]);
  });

  it('reads the speaker before it: Лавров заявил: «…», and по словам X', () => {
    expect(quoted('Сергей Лавров заявил: «Россия готова к диалогу с Вашингтоном».')).toEqual([
      'sergei-lavrov: «Россия готова к диалогу с Вашингтоном»',
    ]);
    expect(quoted('По словам Джона Керри, «стороны сблизили позиции по Сирии».')).toEqual([
      'john-kerry: «стороны сблизили позиции по Сирии»',
    ]);
    expect(quoted('По мнению С.Лаврова, "диалог с Вашингтоном нужно продолжать".')).toEqual([
      'sergei-lavrov: "диалог с Вашингтоном нужно продолжать"',
    ]);
  });

  it('gives both pieces around the reporter\'s words to the one speaker as one quotation, and "он" to the last speaker', () => {
    expect(
      quoted(
        'Сергей Лавров встретился с Джоном Керри.',
        '«Мы договорились о многом, — отметил он. — Работа продолжится».',
      ),
    ).toEqual(['sergei-lavrov: «Мы договорились о многом, Работа продолжится»']);
  });

  it('gives a short quoted phrase to the person whose words it is, and leaves a quoted name alone', () => {
    expect(
      quoted('Он раскритиковал высказывания Джона Керри о "новых условиях" и сослался на источник «Известий».'),
    ).toEqual(['john-kerry: "новых условиях"']);
  });

  it('resolves "министр" to the one person recently named, and an unnamed source to no one', () => {
    expect(quoted('Сергей Лавров прибыл в Нью-Йорк.', '«Переговоры будут трудными», — подчеркнул министр.')).toEqual([
      'sergei-lavrov: «Переговоры будут трудными»',
    ]);
    expect(quoted('Сергей Лавров прибыл.', '«Встреча назначена на пятницу», — сообщил источник агентства.')).toEqual([
      '?: «Встреча назначена на пятницу»',
    ]);
  });

  it('gives an unattributed quotation paragraph to the speaker just before', () => {
    expect(
      quoted('Об этом заявил президент России Владимир Путин.', '«Мы эту ответственность осознаём и несём».'),
    ).toEqual(['vladimir-putin: «Мы эту ответственность осознаём и несём»']);
  });

  it('reads "российский лидер" as the person the text calls "президент РФ"', () => {
    expect(
      quoted(
        '«Конечно, разногласия есть», — отметил президент РФ Владимир Путин.',
        'Министр иностранных дел Сергей Лавров прибыл в Женеву.',
        '«Мы ждём американских коллег в Москве», — сказал российский лидер.',
      ),
    ).toEqual([
      'vladimir-putin: «Конечно, разногласия есть»',
      'vladimir-putin: «Мы ждём американских коллег в Москве»',
    ]);
  });

  it('ends a title at the name before it, and reads a verb of tone ("возразил") as one of saying', () => {
    // Kerry's title is "госсекретаря США", not Lavrov's "РФ" before it: "российский министр" is Lavrov.
    expect(
      quoted(
        'Переговоры главы МИД РФ Сергея Лаврова и госсекретаря США Джона Керри прошли в Женеве.',
        'Керри вручил Лаврову проект соглашения.',
        '"Этот текст мы видим впервые", - возразил российский министр.',
      ),
    ).toEqual(['sergei-lavrov: "Этот текст мы видим впервые"']);
  });

  it('takes a title after an invitation to read or follow for no quotation', () => {
    expect(
      quoted(
        '«Мы продолжим контакты с американскими коллегами», — сказал Сергей Лавров.',
        'Читайте также: «Лавров и Керри в Женеве: главное за день»',
      ),
    ).toEqual(['sergei-lavrov: «Мы продолжим контакты с американскими коллегами»']);
  });

  it('reads the speaker from the next sentence when it points back: «…». Об этом заявил Лавров', () => {
    expect(quoted('«Мы готовы к переговорам с американскими коллегами». Об этом заявил Сергей Лавров.')).toEqual([
      'sergei-lavrov: «Мы готовы к переговорам с американскими коллегами»',
    ]);
  });
});
