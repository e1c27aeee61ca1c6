import { describe, expect, it } from 'vitest';
import { budgetOf, pathOf } from './budgets.ts';

describe('page budgets', () => {
  it('reads a built file as the address it is served at', () => {
    expect(pathOf('index.html')).toBe('/');
    expect(pathOf('articles/x/source/index.html')).toBe('/articles/x/source/');
    expect(pathOf('404.html')).toBe('/404.html');
  });

  it.each([
    ['/', 'home'],
    ['/articles/', 'articles index'],
    ['/articles/years/2009/', 'articles of a year'],
    ['/articles/years/2009/3/', 'articles of a year'],
    ['/articles/years/undated/', 'articles of a year'],
    ['/articles/the-reset/', 'article'],
    ['/articles/the-reset/source/', 'source view'],
    ['/themes/iran/articles/2/', 'articles of a theme'],
    ['/stories/', 'stories'],
    ['/stories/talks-resume/12/', 'story'],
    ['/people/sergei-lavrov/', 'person'],
    ['/quotes/sergei-lavrov/4/', "a speaker's quotes"],
    ['/chronology/2009-part-2/', 'chronology period'],
    ['/embed/chronology/', 'embed'],
    ['/places/geneva/', 'place'],
    ['/organisations/', 'organisations index'],
  ])('gives %s the budget of a %s page', (path, type) => {
    expect(budgetOf(path)?.type).toBe(type);
  });

  it('gives a page of a kind it does not know no budget', () => {
    expect(budgetOf('/maps/europe/')).toBeUndefined();
  });
});
