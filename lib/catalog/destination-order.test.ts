import { describe, expect, it } from 'vitest';

import { groupByContinent, sortDestinations } from '@/lib/catalog/destination-order';

const list = [
  { name: 'Zimbabwe', continent: 'Africa' },
  { name: 'Österreich', continent: 'Europe' },
  { name: 'Japan', continent: 'Asia' },
  { name: 'Atlantis', continent: '' },
  { name: 'Albania', continent: 'Europe' },
  { name: 'China', continent: 'Asia' },
  { name: 'Mars', continent: 'Space' },
];

describe('destination order', () => {
  it('sorts continents in the fixed order (unknown ones after, by name) and names by the language', () => {
    expect(sortDestinations(list, 'de').map((item) => item.name)).toEqual([
      'China', 'Japan', 'Albania', 'Österreich', 'Zimbabwe', 'Atlantis', 'Mars',
    ]);
    // Swedish sorts Ö after Z.
    const swedish = sortDestinations([{ name: 'Österreich', continent: 'Europe' }, { name: 'Zypern', continent: 'Europe' }], 'sv');
    expect(swedish.map((item) => item.name)).toEqual(['Zypern', 'Österreich']);
    expect(list[0]?.name).toBe('Zimbabwe');
  });

  it('groups a sorted list by continent in one pass, keeping its order', () => {
    const groups = groupByContinent(sortDestinations(list, 'en'));
    expect(groups.map((group) => [group.continent, group.items.map((item) => item.name)])).toEqual([
      ['Asia', ['China', 'Japan']],
      ['Europe', ['Albania', 'Österreich']],
      ['Africa', ['Zimbabwe']],
      ['Other', ['Atlantis']],
      ['Space', ['Mars']],
    ]);
    expect(groupByContinent([])).toEqual([]);
  });
});
