import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../content/gazetteer.ts';
import { linkEntities } from './entities.ts';
import { datelinePlaces } from './gazetteer.ts';

const gazetteer = loadGazetteer(resolve(import.meta.dirname, '../../../content'));

/** The mentions in a text, as "words→id". */
function linked(text: string, published?: string): string[] {
  return linkEntities([text], gazetteer, published).mentions.map((m) => `${text.slice(m.start, m.end)}→${m.id}`);
}

describe('linkEntities with the gazetteer', () => {
  it('links full names, surnames and "Mr." forms to one person', () => {
    expect(
      linked('Colin Powell left. Russia offered support to Mr. Powell, and Powell thanked it.', '2002-04-06'),
    ).toEqual(['Colin Powell→colin-powell', 'Russia→russia', 'Mr. Powell→colin-powell', 'Powell→colin-powell']);
  });

  it("takes two found names that sound like one person's for one, named as the text prints it most often", () => {
    const text =
      'The player Katelyn Brandt was freed on Friday. Katelyn Brandt flew home. Friends of Katlyn Brandt had waited.';
    const { mentions, automatic } = linkEntities([text], gazetteer, '2022-12-09');
    expect(automatic.map((entry) => entry.name)).toEqual(['Katelyn Brandt']);
    expect(new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.id))).toEqual(
      new Set(['auto-katelyn-brandt']),
    );
  });

  it('does not give a surname alone to a person whom the title the article gives the surname elsewhere rules out', () => {
    const onlyHillary = gazetteer.filter((entry) => entry.id !== 'bill-clinton');
    const ids = (text: string) =>
      linkEntities([text], onlyHillary).mentions.map((m) => `${text.slice(m.start, m.end)}→${m.id}`);
    expect(ids('President Clinton met the opposition. Clinton replied that the vote would be held.')).not.toContain(
      'Clinton→hillary-clinton',
    );
    // A title she held vouches for her, the other title aside.
    expect(ids('Secretary Clinton spoke before President Clinton did. Clinton replied.')).toContain(
      'Clinton→hillary-clinton',
    );
  });

  it('gives a shared surname to the Ivanov the article names in full', () => {
    const mentions = linked('Foreign Minister Igor Ivanov spoke. Later Ivanov left.', '2003-08-07');
    expect(mentions).toContain('Igor Ivanov→igor-ivanov');
    expect(mentions).toContain('Ivanov→igor-ivanov');
  });

  it('resolves "the Russian Foreign Minister" by the date: Ivanov in 2002, Lavrov in 2015', () => {
    expect(linked('The Russian Foreign Minister said Russia would help.', '2002-04-06')).toContain(
      'Russian Foreign Minister→igor-ivanov',
    );
    expect(linked('The Russian Foreign Minister said Russia would help.', '2015-09-30')).toContain(
      'Russian Foreign Minister→sergei-lavrov',
    );
  });

  it('does not take a title before a name for a mention of its own', () => {
    expect(linked('Russian Foreign Minister Sergei Lavrov said so.', '2015-09-30')).toEqual([
      'Sergei Lavrov→sergei-lavrov',
    ]);
  });

  it('finds a person the gazetteer lacks, marked automatic, and the surname after', () => {
    const { mentions, automatic } = linkEntities(
      ['Talks with Ambassador Pyotr Zhukovsky ended. Zhukovsky left.'],
      gazetteer,
    );
    expect(automatic.map((entry) => entry.name)).toEqual(['Pyotr Zhukovsky']);
    expect(mentions.filter((m) => m.by !== 'name').map((m) => m.by)).toEqual(['automatic', 'surname']);
  });

  it('takes no sentence-opening adverb for a given name: "Again Reagan began" is Reagan, named in full before', () => {
    const { automatic } = linkEntities(
      ['Ronald Reagan spoke first. The other said, "What is your answer?" Again Reagan began to reply. Reagan left.'],
      gazetteer,
    );
    expect(automatic.map((entry) => entry.name)).toEqual(['Ronald Reagan']);
  });

  it('matches names with their case: "US" is the country, "us" is not', () => {
    expect(linked('Let us see what US officials say.').filter((m) => m.includes('united-states'))).toEqual([
      'US→united-states',
    ]);
  });

  it('gives a local name the meaning it has where the dateline puts the article', () => {
    const text = 'The Foreign Ministry said so, and a U.S. embassy spokesman agreed.';
    const inMoscow = linkEntities([text], gazetteer, '2003-04-02', datelinePlaces('Moscow', gazetteer)).mentions;
    expect(inMoscow.map((m) => `${text.slice(m.start, m.end)}→${m.id}`)).toEqual([
      'Foreign Ministry→ministry-of-foreign-affairs-of-russia',
      'U.S. embassy→us-embassy-in-moscow',
    ]);
    const inWashington = datelinePlaces('Washington', gazetteer);
    expect(linkEntities([text], gazetteer, '2003-04-02', inWashington).mentions.map((m) => m.id)).toEqual([
      'united-states',
    ]);
  });

  describe('people the gazetteer lacks', () => {
    const places = gazetteer.filter((entry) => entry.kind !== 'person');
    const found = (...blocks: string[]): string[] =>
      linkEntities(blocks, places, '2013-09-06').automatic.map((entry) => entry.name);

    it('takes a name an office introduces, even one ending in a common word', () => {
      expect(found('The US Secretary of State Condoleezza Rice in a phone conversation on Tuesday.')).toEqual([
        'Condoleezza Rice',
      ]);
      expect(found('U.N. Secretary-General Ban Ki-Moon praised both presidents.')).toEqual(['Ban Ki-Moon']);
      expect(found('"We will act," US Secretary Of State John Kerry said.')).toEqual(['John Kerry']);
    });

    it('takes a name after an office and its complement: "Ambassador to NATO Mart Kõiv", "envoy to the OSCE …"', () => {
      expect(found('Latvia’s Ambassador to NATO Mart Kõiv said talks would go on.')).toEqual(['Mart Kõiv']);
      expect(found('The envoy to the OSCE Tiina Saar left early.')).toEqual(['Tiina Saar']);
    });

    it('leaves a title out of the name in any case: "Spokesperson Jane Roe", a label "MR. ROE:"', () => {
      expect(found('State Department Spokesperson Jane Roe said so.')).toEqual(['Jane Roe']);
      expect(linkEntities(['MR. ROE: All right.'], places).automatic).toEqual([]);
    });

    it('takes a name after a country’s possessive, and its family name put first', () => {
      const blocks = ['China’s Xi Jinping stood with Russia.', '“A strike cannot solve it,” said Xi.'];
      const { mentions } = linkEntities(blocks, places, '2013-09-06');
      expect(mentions.filter((m) => m.kind === 'person').map((m) => [m.block, m.id, m.by])).toEqual([
        [0, 'auto-xi-jinping', 'automatic'],
        [1, 'auto-xi-jinping', 'surname'],
      ]);
    });

    it('takes a given name of the English lists before a surname no dictionary has, which compromise does not know', () => {
      expect(found('“Misha Vandadze has to go,” she recalled.')).toEqual(['Misha Vandadze']);
      // A dictionary word after the given name, or a place, is no surname.
      expect(found('He cited Misha Grove and spoke in Misha Paris.')).toEqual([]);
    });

    it('drops a stray word of two letters that OCR left before a given name: "Mi Christian …" for "Mr"', () => {
      expect(found('He will lunch with the Secretary of State, Mi Thomas Vandersloot, at the club.')).toEqual([
        'Thomas Vandersloot',
      ]);
    });

    it('takes a name a paragraph break cuts in two, the sentence running on after it', () => {
      expect(found('Ten were held, among them the banker Tomas', 'Vandersloot, who was freed later.')).toEqual([
        'Tomas Vandersloot',
      ]);
      // A new sentence after the break is no rest of a name.
      expect(found('The talks were led by Tomas', 'Vandersloot. The envoys left.')).toEqual([]);
    });

    it('takes a given name and a patronymic, Russian’s polite address, for no name in full', () => {
      expect(found('Dear Anatoly Ivanovich, we write to you about the talks.')).toEqual([]);
      expect(found('The banker Roman Abramovich, who owns a club, left.')).toEqual(['Roman Abramovich']);
    });

    it('takes no photographer of a credit for a person of the story', () => {
      expect(found('Leaders met in Geneva. Photograph: Denis Vandadze/Agency')).toEqual([]);
      expect(found('The agency’s seat in Vienna. Photo: AGENCY/Leonhard Krieghoff/File')).toEqual([]);
      expect(found('The leaders sign the treaty. (AP Photo/CTK, Michal Krieghoff)')).toEqual([]);
    });

    it('takes no acronym before capitalised words for a person: "MIA Vesti Segodnya" is a body', () => {
      expect(found('MIA „Vesti Segodnya“', 'Copyright MIA Vesti Segodnya and its partners.')).toEqual([]);
    });

    it('takes a surname after initials, as official usage names people, and no initials of a longer name', () => {
      expect(
        found('Also present were T. R. Vandersloot, Minister of Fisheries, and O.K. Krieghoff, his deputy.'),
      ).toEqual(['O.K. Krieghoff', 'T. R. Vandersloot']);
      expect(found('He met Jacob D. Vandersloot and spoke of the U. S. Army.')).toEqual(['Jacob D. Vandersloot']);
    });

    it('reads names in a text set in capitals or in lower case', () => {
      const cable =
        'THE MINISTER WAS ACCOMPANIED BY T. R. VANDERSLOOT, MINISTER OF FISHERIES, AND MR. OSWALD KRIEGHOFF.';
      expect(found(cable)).toEqual(['Oswald Krieghoff', 'T. R. Vandersloot']);
      expect(
        found('>> tonight, fbi director james vandersloot spoke of the talks at some length in the capital.'),
      ).toEqual(['James Vandersloot']);
    });

    it('ends a name at its possessive, and leaves "Chief Executive" out of it', () => {
      expect(found('They heard President Oswald Krieghoff’s U-turn plea.')).toEqual(['Oswald Krieghoff']);
      expect(found('Beijing supports Chief Executive Tiina Saar in leading the government.')).toEqual(['Tiina Saar']);
    });

    it('takes no name the tagger cut out of a longer capitalised name: "Joint Base Andrews Air"', () => {
      expect(found('The plane touched down at Joint Base Andrews Air around 9 p.m. after a long flight.')).toEqual([]);
      expect(found('He met Defense Secretary Ash Lambert on Monday.')).toEqual(['Ash Lambert']);
    });

    it('takes the name after a byline’s "By" for a credit, not a person of the text', () => {
      expect(found('By Oswald Krieghoff, Elbonian News Service', 'The talks went on.')).toEqual([]);
    });

    it('does not take institutions, dates or Title Case headlines for people', () => {
      expect(found('Russia’s Foreign Ministry said so.', 'The President Obama Administration agreed.')).toEqual([]);
      expect(found('Kerry Says President Putin Will Attend Summit')).toEqual([]);
      expect(found('He met President Dmitry Medvedev Tuesday.')).toEqual(['Dmitry Medvedev']);
    });
  });
});

describe('linkEntities in a memo', () => {
  it('takes the sender a memo header names after "FROM" for no person of the text, its addressee for one', () => {
    const memo = 'MEMORANDUM TO SECRETARY COLIN POWELL FROM CONDOLEEZZA RICE SUBJECT TRIP REPORT The talks went on.';
    expect(
      linked(memo, '2002-04-06').filter((each) => each.includes('→colin-powell') || each.includes('rice')),
    ).toEqual(['COLIN POWELL→colin-powell']);
    expect(linked('The letter came from Colin Powell.', '2002-04-06')).toEqual(['Colin Powell→colin-powell']);
  });
});

describe('linkEntities with people who share a surname', () => {
  it('gives a bare surname to the person of that surname the article names in full, not to the gazetteer’s', () => {
    const text = 'White House spokesman Josh Burns said so. Burns added nothing.';
    expect(linked(text, '1996-03-02').filter((m) => m.includes('urns'))).toEqual([
      'Josh Burns→auto-josh-burns',
      'Burns→auto-josh-burns',
    ]);
  });

  it('reads "President Clinton" and "the Clinton administration" as the president, not the secretary of state', () => {
    expect(linked('President Clinton spoke.')).toEqual(['Clinton→bill-clinton']);
    expect(linked('The Clinton administration spoke.')).toEqual(['Clinton→bill-clinton']);
    const onlyHillary = gazetteer.filter((entry) => entry.id !== 'bill-clinton');
    expect(linkEntities(['President Clinton spoke.'], onlyHillary).mentions).toEqual([]);
  });

  it('does not take a title before a surname for a given name: "President Obama, who" is Obama', () => {
    expect(linked('We value the position of President Obama, who spoke.')).toEqual(['Obama→barack-obama']);
  });

  it('dates an undated "Bush" by the people the article names in full', () => {
    expect(linked('Boris Yeltsin and President Bush signed the treaty.')).toContain('Bush→george-h-w-bush');
  });
});

describe('linkEntities with names written another way', () => {
  it('links a one-word alias in Russian text in any case: "после Саддама" is Saddam Hussein', () => {
    expect(linked('Каким будет Ирак после Саддама?')).toContain('Саддама→saddam-hussein');
  });

  it('links a name spelt as it sounds to the gazetteer’s person, not to a new one', () => {
    const { mentions, automatic } = linkEntities(['President Dimitry Medvedev arrived.'], gazetteer, '2009-07-06');
    expect(automatic).toEqual([]);
    expect(mentions.map((m) => m.id)).toEqual(['dmitry-medvedev']);
  });
});

describe('linkEntities in a broadcast transcript', () => {
  it('takes a speaker label that is a full name for a person, and a reporter’s for none', () => {
    const { automatic } = linkEntities(
      [
        'OMAR AL-HAKIM: We need help now.',
        'JANE DOE, BYLINE: The talks went on. NPR’s Jane Doe reported it.',
        'UNIDENTIFIED MAN: Yes.',
      ],
      gazetteer,
    );
    expect(automatic.map((entry) => entry.name)).toEqual(['Omar al-Hakim']);
  });
});

describe('linkEntities with a Title Case headline', () => {
  it('takes no name that begins with the surname of someone the article names: "Christopher Urges" is no one', () => {
    const text = [
      'Secretary of State Warren Christopher spoke on Saturday.',
      'Christopher Urges Allies to Attend Meeting',
    ];
    expect(linkEntities(text, gazetteer, '1996-01-01').automatic).toEqual([]);
    const found = ['Ambassador Pyotr Zhukovsky spoke on Saturday.', 'Zhukovsky Urges Allies to Attend Meeting'];
    expect(linkEntities(found, gazetteer, '1996-01-01').automatic.map((entry) => entry.name)).toEqual([
      'Pyotr Zhukovsky',
    ]);
  });
});

describe('linkEntities with a surname that is an English word', () => {
  it('takes it after a personal title in running prose, not at the end of a Title Case line', () => {
    const found = (text: string) => linkEntities([text], gazetteer).automatic.map((entry) => entry.name);
    expect(found('Later, President Brown is expected in Moscow.')).toEqual(['Brown']);
    expect(found('Russia Warns President Brown')).toEqual([]);
    expect(found('Thank you, Mr. Speaker, for the floor.')).toEqual([]);
    expect(found('The UN General Assembly met, and Secretary General spoke.')).toEqual([]);
  });
});
