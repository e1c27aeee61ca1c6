import { describe, expect, it } from 'vitest';
import { russianPeople, surnamesInTitleCase } from './people.ts';

/** The automatic people of one Russian paragraph with an empty gazetteer, as "Latin = Cyrillic". */
function found(text: string): string[] {
  return russianPeople([text], [], []).map((entry) => `${entry.name} = ${entry.aliases[0]}`);
}

describe('russianPeople', () => {
  it('finds a person by a known given name, in any case, and names them in the nominative', () => {
    expect(found('Об этом сообщил заместитель министра Сергей Рябков.')).toEqual(['Sergey Ryabkov = Сергей Рябков']);
    expect(found('Встреча с Сергеем Рябковым прошла в Женеве.')).toEqual(['Sergey Ryabkov = Сергей Рябков']);
    expect(found('По словам Марии Захаровой, ответа нет.')).toEqual(['Mariya Zakharova = Мария Захарова']);
    expect(found('Он встретился с Анатолием Антоновым.')).toEqual(['Anatoly Antonov = Анатолий Антонов']);
  });

  it('names a common English given name as English spells it, from its Russian spelling, in any case', () => {
    expect(found('Об этом сказал посол Джон Вандерслут.')).toEqual(['John Vanderslut = Джон Вандерслут']);
    expect(found('задержаны американцы — Майкле Кернер и другие')).toEqual(['Michael Kerner = Майкле Кернер']);
  });

  it('finds a foreign name after an office, and reads its case from the surname', () => {
    expect(found('в связи с высказываниями госсекретаря США Рекса Тиллерсона о сделке')).toEqual([
      'Rex Tillerson = Рекс Тиллерсон',
    ]);
    expect(found('Госсекретарь США Энтони Блинкен прибыл в Женеву.')).toEqual(['Antoni Blinken = Энтони Блинкен']);
    expect(found('Встреча с президентом Эммануэлем Макроном прошла в Париже.')).toEqual([
      'Emmanuel Makron = Эммануэль Макрон',
    ]);
  });

  it('finds a name after a noun for who a person is, in any case: "канадца", "беженцем", "гражданина"', () => {
    expect(found('Суд арестовал канадца Брайана Колдуэлла и отпустил его через неделю.')).toEqual([
      'Brian Kolduell = Брайан Колдуэлл',
    ]);
    expect(found('Встреча с беженцем Омаром Хайдаром прошла в Берлине.')).toEqual(['Omar Khaydar = Омар Хайдар']);
    expect(found('Он потребовал освободить гражданина США Яака Сеппа.')).toEqual(['Jack Sepp = Яак Сепп']);
  });

  it('takes no noun in «-ица» for a person: "столицу Саудовской Аравии" is a place', () => {
    expect(found('Делегации вылетели в столицу Саудовской Аравии на переговоры.')).toEqual([]);
  });

  it('finds a name after an office whose stem loses a vowel, or after a job: "послом", "обозреватель"', () => {
    expect(found('Встреча с послом США Джоном Салливаном прошла в Москве.')).toEqual(['John Sallivan = Джон Салливан']);
    expect(found('Об этом написал обозреватель Томас Фридман.')).toEqual(['Thomas Fridman = Томас Фридман']);
    expect(found('После Белого Дома выступил Совет Федерации.')).toEqual([]);
  });

  it('writes an English surname\'s "-ow", which Russian writes «-оу», as English does: "Вершбоу" is Vershbow', () => {
    expect(found('Посол США Александр Вершбоу прибыл в Москву.')).toEqual(['Aleksandr Vershbow = Александр Вершбоу']);
    expect(found('С послом встретился Сергей Рябков.')).toEqual(['Sergey Ryabkov = Сергей Рябков']);
  });

  it('takes a surname in the genitive after an office for whose office it is, not a given name: "помощник Путина"', () => {
    expect(found('Вчера помощник Медведева Смирнов вылетел в Женеву.')).toEqual([]);
    expect(found('Вчера помощник Медведева Олег Смирнов вылетел в Женеву.')).toEqual(['Oleg Smirnov = Олег Смирнов']);
  });

  it('takes no capitalised pair without a given name or an office for a person', () => {
    expect(found('Совет Федерации одобрил закон. Белый Дом промолчал.')).toEqual([]);
    expect(found('Министр прилетел. Затем Москва ответила.')).toEqual([]);
  });
});

describe('surnamesInTitleCase', () => {
  it('reads a surname printed in capitals after a given name in Title Case, keeping the text’s length', () => {
    const text = 'ПОСОЛ Франции Жан ДЮПОН встретился с редактором Иваном ПЕТРОВЫМ.';
    const read = surnamesInTitleCase(text);
    expect(read).toBe('ПОСОЛ Франции Жан ДЮПОН встретился с редактором Иваном Петровым.');
    expect(read).toHaveLength(text.length);
  });

  it('leaves capitals after a word that is no given name: "ПОСОЛ США"', () => {
    expect(surnamesInTitleCase('Г-Н ПОСОЛ, ответьте. Посол США прибыл.')).toBe(
      'Г-Н ПОСОЛ, ответьте. Посол США прибыл.',
    );
  });
});
