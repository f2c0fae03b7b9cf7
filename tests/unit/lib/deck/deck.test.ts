import { describe, expect, it } from 'vitest';
import {
  MAX_SLIDES,
  addSlide,
  buildDeckText,
  editSlide,
  findSlide,
  moveSlide,
  parseDeck,
  removeSlide,
  type Slide,
} from '../../../../src/lib/deck/deck.ts';
import {
  buildSearch,
  calcNextLocation,
  NO_FILTERS,
  parseAppLocation,
} from '../../../../src/lib/state/url.ts';

const matrix: Slide = { chart: 'overview.matrix', filters: NO_FILTERS, params: {} };
const pm25: Slide = {
  chart: 'compare.indicator',
  filters: { cities: ['hangzhou', 'linxia'], domains: ['environment'], yearFrom: 2014, yearTo: 2020 },
  params: { indicator: 'pm25' },
  title: '空气质量：PM2.5 目标',
  finding: '杭州市的 PM2.5 目标与全国目标差距最大。',
};

describe('the deck in the URL', () => {
  it('reads back what it wrote: charts, filters, parameters, Chinese titles and findings', () => {
    const text = buildDeckText([matrix, pm25]);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseDeck(text ?? '')).toEqual([matrix, pm25]);
  });

  it('is left out of the URL when empty', () => {
    expect(buildDeckText([])).toBeNull();
    expect(parseDeck(undefined)).toEqual([]);
  });

  it('is a global key: kept when the view or filters change, and through parseAppLocation and buildSearch', () => {
    const deck = buildDeckText([pm25]) ?? '';
    const location = parseAppLocation(`?view=compare&deck=${deck}`);
    expect(location.deck).toBe(deck);
    expect(location.params).toEqual({});
    const next = calcNextLocation(location, { view: 'overview', filters: { cities: ['taiyuan'] } });
    expect(next.deck).toBe(deck);
    expect(buildSearch(next)).toBe(`?view=overview&city=taiyuan&deck=${deck}`);
    expect(calcNextLocation(next, { deck: null }).deck).toBeUndefined();
  });

  it.each([
    ['not base64', '!!!'],
    ['not JSON', btoa('[{').replaceAll('=', '')],
    ['not a list', btoa('{"c":"overview.matrix"}').replaceAll('=', '')],
  ])('reads %s as an empty deck', (_name, text) => {
    expect(parseDeck(text)).toEqual([]);
  });

  it('leaves out slides of unknown charts and ignores odd fields, never guessing', () => {
    const json = JSON.stringify([
      { c: 'overview.nothing' },
      {
        c: 'overview.timeline',
        f: 'city=BAD ID,taiyuan&from=20x5',
        p: { indicator: 'pm25', 'bad key': 'x' },
        t: 7,
      },
    ]);
    const text = Buffer.from(json).toString('base64url');
    expect(parseDeck(text)).toEqual([
      {
        chart: 'overview.timeline',
        filters: { ...NO_FILTERS, cities: ['taiyuan'] },
        params: { indicator: 'pm25' },
      },
    ]);
  });
});

describe('changing the deck', () => {
  const three = [matrix, pm25, { ...matrix, chart: 'overview.timeline' as const }];

  it('adds a chart once it is asked, and finds it under the same filters and parameters only', () => {
    const deck = addSlide([], pm25);
    expect(findSlide(deck, { chart: pm25.chart, filters: pm25.filters, params: { ...pm25.params } })).toBe(0);
    expect(findSlide(deck, { ...pm25, params: { indicator: 'water' } })).toBe(-1);
    expect(findSlide(deck, { ...pm25, filters: NO_FILTERS })).toBe(-1);
  });

  it(`holds at most ${MAX_SLIDES} slides`, () => {
    let deck: Slide[] = [];
    for (let i = 0; i < MAX_SLIDES + 3; i++) deck = addSlide(deck, matrix);
    expect(deck).toHaveLength(MAX_SLIDES);
  });

  it.each([
    [0, 2, ['compare.indicator', 'overview.timeline', 'overview.matrix']],
    [2, 0, ['overview.timeline', 'overview.matrix', 'compare.indicator']],
    [1, 9, ['overview.matrix', 'overview.timeline', 'compare.indicator']],
  ])('moves slide %i to %i', (from, to, order) => {
    expect(moveSlide(three, from, to).map((s) => s.chart)).toEqual(order);
  });

  it('removes a slide', () => {
    expect(removeSlide(three, 1).map((s) => s.chart)).toEqual(['overview.matrix', 'overview.timeline']);
  });

  it('gives a slide a title and a finding, and an empty one returns to the computed one', () => {
    const titled = editSlide(three, 0, { title: '  各城市  目标 ' });
    expect(titled[0]?.title).toBe('各城市 目标');
    expect(editSlide(titled, 0, { title: '' })[0]?.title).toBeUndefined();
    expect(editSlide(three, 1, { finding: '' })[1]?.finding).toBeUndefined();
    expect(editSlide(three, 1, { title: 'PM2.5' })[1]?.finding).toBe(pm25.finding);
  });
});
