import { describe, expect, it } from 'vitest';
import { isFormOf, nameForms, personForms, surnameForms, wordForms, wordsOf } from './forms.ts';

describe('Russian name forms', () => {
  it('splits a Cyrillic word run into a Latin one, as a caption run into its credit ("ЛавровRussia")', () => {
    expect(wordsOf('Сергей ЛавровReuters, СНВ-3').map(({ text, start }) => [text, start])).toEqual([
      ['Сергей', 0],
      ['Лавров', 7],
      ['Reuters', 13],
      ['СНВ-3', 22],
    ]);
  });

  it('declines a person in all six cases, with the initial and surname for second mentions', () => {
    const forms = personForms('Сергей Лавров');
    for (const form of ['Сергей Лавров', 'Сергея Лаврова', 'Сергею Лаврову', 'Сергеем Лавровым', 'Сергее Лаврове']) {
      expect(forms).toContain(form);
    }
    expect(forms).toContain('С. Лаврова');
  });

  it('declines a woman by her own rules, and leaves an undeclinable surname alone', () => {
    expect(personForms('Мария Захарова')).toContain('Марией Захаровой');
    expect(personForms('Хиллари Клинтон')).toContain('Хиллари Клинтон');
    expect(personForms('Хиллари Клинтон')).not.toContain('Хиллари Клинтона');
    expect(surnameForms('Билл Клинтон')).toContain('Клинтоном');
  });

  it('writes no forms for a Latin name or a single word', () => {
    expect(personForms('Sergei Lavrov')).toEqual([]);
    expect(personForms('Лавров')).toEqual([]);
  });

  it('takes "в Вашингтоне", "из Москвы" and "Госдепартамента" for forms of their names', () => {
    expect(isFormOf('Вашингтоне', 'Вашингтон')).toBe(true);
    expect(isFormOf('Москвы', 'Москва')).toBe(true);
    expect(isFormOf('Госдепартамента', 'Госдепартамент')).toBe(true);
  });

  it('keeps short stems and acronyms to whole words, and a capitalised name to capitalised words', () => {
    expect(isFormOf('СШАх', 'США')).toBe(false);
    expect(isFormOf('московский', 'Москва')).toBe(false);
    expect(isFormOf('иранский', 'Иран')).toBe(false);
    expect(isFormOf('вены', 'Вена')).toBe(false);
  });

  it('finds a declined name of several words, and not one broken by punctuation', () => {
    const text = 'на Ближнем Востоке и в Совете Безопасности ООН; Ближнем, Востоке';
    expect(
      nameForms(text, ['Ближний Восток', 'Совет Безопасности ООН']).map((m) => text.slice(m.start, m.end)),
    ).toEqual(['Ближнем Востоке', 'Совете Безопасности ООН']);
  });

  it('declines one word of a name, the first as a given name and the last as a surname', () => {
    expect(wordForms('Иван Петров', 0)).toContain('Ивана');
    expect(wordForms('Иван Петров', 1)).toContain('Петровым');
    expect(wordForms('Петров', 0)).toEqual([]);
  });
});
