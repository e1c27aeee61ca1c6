import { describe, expect, it } from 'vitest';
import { bodyOf, ingestRealSeed, ingestText } from '../../../test/ingest.ts';

describe('the annotation stage on the seeds', () => {
  it('gives each seed its themes: 000 Iraq, 001 and 002 Syria, 003 the reset and Iran, 004 Iran', () => {
    const themes = (seed: Parameters<typeof ingestRealSeed>[0]) =>
      (ingestRealSeed(seed).frontmatter.themes ?? []).map((theme) => theme.id);
    expect([themes('000'), themes('001'), themes('002'), themes('003'), themes('004')]).toEqual([
      ['iraq'],
      ['syria'],
      ['syria'],
      ['reset', 'iran'],
      ['iran'],
    ]);
  });

  it('lets an editor remove a theme and add another', () => {
    const text =
      'Talks on Iraq\n\nRussia and the United States discussed Iraq, Baghdad and the Iraqi Governing Council in Moscow on Iraq.';
    const themes = ingestText('x.txt', text, { themes: { add: ['reset'], remove: ['iraq'] } }).frontmatter.themes;
    expect(themes).toEqual([{ id: 'reset', by: 'editorial' }]);
  });

  it("attributes seed 001's quotations to Lavrov, the continued one included", () => {
    const quotations = ingestRealSeed('001').frontmatter.quotations ?? [];
    expect(quotations.length).toBeGreaterThanOrEqual(4);
    expect(quotations.every((quotation) => quotation.speaker === 'sergei-lavrov')).toBe(true);
  });

  it('flags the two garbled words of seed 003 with their likely meanings, and not "workplan"', () => {
    const flags = ingestRealSeed('003').frontmatter.flags ?? [];
    expect(flags.map((flag) => flag.word)).toEqual(['nestabilities', 'savladam']);
    expect(flags.every((flag) => (flag.meaning ?? '').startsWith('Most likely'))).toBe(true);
  });

  it('counts a person the headline names among the mentions, and marks nothing in the text for it', () => {
    const article = ingestText(
      'headline.txt',
      'Lavrov meets columnist Peter Vantorp in Moscow\n\nMOSCOW, May 12 (Reuters) - The Russian foreign minister spoke for an hour on Tuesday.',
    );
    const ids = (article.frontmatter.mentions ?? []).map((mention) => mention.id);
    expect(ids).toContain('auto-peter-vantorp');
    expect(article.automatic.map((entry) => entry.name)).toEqual(['Peter Vantorp']);
    expect(JSON.stringify(article.blocks)).not.toContain('auto-peter-vantorp');
  });

  it('links a surname in the text to the name a removed head line gives in full, counting the head line for nothing', () => {
    const article = ingestText(
      'memo.txt',
      'Memorandum of Conversation\nPARTICIPANTS\n- Maria Kastrelli, Ambassador\n- Tomas Verbeek, Notetaker\n\nKastrelli: I welcome you to the talks and hope that they will go well for both of our countries.\n\nVerbeek asked about the agenda for the meeting, and the ambassador answered at some length.',
    );
    const ids = (article.frontmatter.mentions ?? []).map((mention) => mention.id);
    expect(ids).toEqual(['auto-maria-kastrelli', 'auto-tomas-verbeek']);
    expect(bodyOf(article)).toContain('<Person id="auto-tomas-verbeek">Verbeek</Person>');
  });

  it('counts a person a head line lists or gives an office, not one a credit names, and marks none of them', () => {
    const article = ingestText(
      'head.txt',
      [
        'The Archive',
        'President Harold Wexley',
        'Talks on the Border Resume',
        'Photo by Jonas Pell',
        'PARTICIPANTS',
        '- Maria Kastrelli, Ambassador',
        '- Tomas Verbeek, Notetaker',
        '',
        'The two delegations met for three hours on Monday and agreed to meet again in a month, officials said.',
      ].join('\n'),
    );
    const ids = (article.frontmatter.mentions ?? []).map((mention) => mention.id);
    expect(ids.toSorted()).toEqual(['auto-harold-wexley', 'auto-maria-kastrelli', 'auto-tomas-verbeek']);
    expect(JSON.stringify(article.blocks)).not.toContain('auto-');
  });

  it('annotates an article in Russian by Russian rules: people and places in any case, quotations, dates', () => {
    const article = ingestText(
      'ru.txt',
      'Лавров и Керри обсудили Сирию\n\n12.05.2015 10:00\n\nМОСКВА, 12 мая — РИА Новости. Министр иностранных дел России Сергей Лавров в понедельник обсудил с госсекретарем США Джоном Керри ситуацию в Сирии.\n\n«Мы договорились продолжить контакты по линии военных ведомств», — сказал Лавров журналистам.',
    );
    const { mentions = [], quotations = [], published } = article.frontmatter;
    expect(new Set(mentions.map(({ id }) => id))).toEqual(
      new Set(['russia', 'sergei-lavrov', 'united-states', 'john-kerry', 'syria', 'moscow', 'ria-novosti']),
    );
    expect(quotations.map(({ speaker }) => speaker)).toEqual(['sergei-lavrov']);
    expect(published?.edtf).toBe('2015-05-12');
    expect(bodyOf(article)).toContain('в <Time edtf="2015-05-11">понедельник</Time>');
    expect(bodyOf(article)).not.toContain('<Flag');
  });

  it('leaves an article in a language it has no rules for unannotated rather than annotated by English rules', () => {
    const article = ingestText(
      'de.txt',
      'Lawrow und Kerry sprechen über Syrien\n\nMOSKAU. Der russische Außenminister Sergej Lawrow und US-Außenminister John Kerry haben am Montag in Genf über die Lage in Syrien gesprochen, teilte das Ministerium mit.',
    );
    expect(article.frontmatter.language).toBe('de');
    expect(article.frontmatter.mentions).toEqual([]);
  });
});
