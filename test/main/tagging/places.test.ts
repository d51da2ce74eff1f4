import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagPlaces } from '../../../main/tagging/places.ts';
import { parseDateline } from '../../../main/tagging/dateline.ts';
import { placeLexicon } from '../../../main/tagging/place-lexicon.ts';
import { nigerArticle } from '../../helpers/fixtures.ts';

const countries = (title: string, text: string) =>
  tagPlaces({ title, text }).countries.map((c) => c.code);
const regions = (title: string, text: string) =>
  tagPlaces({ title, text }).regions.map((r) => r.code);

describe('tagPlaces on a real article', () => {
  const lines = readFileSync(nigerArticle, 'utf8').split('\n');
  const result = tagPlaces({ title: lines[2]!, text: lines.slice(3).join('\n') });

  it('finds Niger, its neighbours in the story, Russia and France', () => {
    expect(result.countries.map((c) => c.code).sort()).toEqual(['BF', 'FR', 'ML', 'NE', 'RU']);
    expect(result.countries[0]!.code).toBe('NE');
    expect(result.countries.find((c) => c.code === 'NE')!.name).toBe('Niger');
  });

  it('lifts them to Africa › Sub-Saharan Africa › Western Africa, the Sahel and Europe', () => {
    const codes = result.regions.map((r) => r.code);
    for (const code of ['002', '202', '011', 'sahel', '150']) expect(codes).toContain(code);
    const sahel = result.regions.find((r) => r.code === 'sahel')!;
    expect(sahel.name).toBe('Sahel');
    expect(sahel.score).toBeGreaterThan(0.5);
  });

  it('scores every place between 0 and 1', () => {
    for (const place of [...result.countries, ...result.regions]) {
      expect(place.score).toBeGreaterThan(0);
      expect(place.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('hard place names', () => {
  it('tells Niger from Nigeria by name and demonym', () => {
    expect(
      countries(
        'Nigerien junta meets envoys',
        'Officials in Niamey said the Nigerien army would stay.',
      ),
    ).toEqual(['NE']);
    expect(
      countries('Nigerian elections', 'Nigerian voters in Lagos and Kano queued for hours.'),
    ).toEqual(['NG']);
    expect(
      countries('Oil spill', 'A spill in the Niger Delta hit fishing villages again.'),
    ).toEqual(['NG']);
  });

  it('reads Georgia as the US state when the story is American', () => {
    expect(
      countries('Storm hits Georgia', 'Flooding closed roads around Atlanta, Georgia, on Tuesday.'),
    ).toEqual(['US']);
    expect(
      countries('Georgia protests', 'Crowds in Tbilisi protested as Georgia debated the law.'),
    ).toEqual(['GE']);
  });

  it('does not take people called Jordan or Chad for countries', () => {
    expect(countries('Finals', 'Michael Jordan scored 40 points as the Bulls won.')).toEqual([]);
    expect(countries('Album', 'Drummer Chad Smith said the tour would go on.')).toEqual([]);
    expect(
      countries('Talks', 'King Abdullah of Jordan met the envoy; Jordan will host the talks.'),
    ).toEqual(['JO']);
    expect(
      countries(
        'Refugees',
        'Refugees crossed into Chad from Sudan, aid groups in Chad said.',
      ).sort(),
    ).toEqual(['SD', 'TD']);
  });

  it('keeps the Guineas apart', () => {
    expect(countries('Vote', 'Guinea-Bissau held a vote.')).toEqual(['GW']);
    expect(countries('Oil', 'Equatorial Guinea signed an oil deal.')).toEqual(['GQ']);
    expect(countries('Mine', 'Papua New Guinea reopened the mine.')).toEqual(['PG']);
    expect(countries('Bauxite', 'Guinea raised bauxite exports.')).toEqual(['GN']);
  });

  it('knows Türkiye by both names and the two Congos', () => {
    expect(countries('Quake', 'Türkiye sent rescuers.')).toEqual(['TR']);
    expect(countries('Quake', 'Turkey sent rescuers.')).toEqual(['TR']);
    expect(countries('Roast', 'We cooked a turkey for dinner.')).toEqual([]);
    expect(
      countries('Fighting', 'Fighting in the Democratic Republic of Congo displaced thousands.'),
    ).toEqual(['CD']);
    expect(countries('Vote', 'Voters in Congo-Brazzaville went to the polls.')).toEqual(['CG']);
  });

  it('maps historical names to the successor state', () => {
    expect(countries('Archive', 'Zaire and Burma were renamed.').sort()).toEqual(['CD', 'MM']);
    expect(countries('Cold war', 'The Soviet Union and West Germany signed.').sort()).toEqual([
      'DE',
      'RU',
    ]);
  });

  it('ignores ticker symbols and lower-case words', () => {
    expect(countries('Deal', 'Acme <UK> said us buyers liked it.')).toEqual([]);
  });
});

describe('datelines', () => {
  it('reads the place a wire story was filed from', () => {
    const lexicon = placeLexicon();
    expect(parseDateline('NIAMEY, Niger (Reuters) - The junta said', lexicon)?.country).toBe('NE');
    expect(parseDateline('CLEVELAND, Feb 26 - Standard Oil said', lexicon)?.country).toBe('US');
    expect(parseDateline('WHITE PLAINS, N.Y., March 2 - The company', lexicon)?.country).toBe('US');
    expect(parseDateline('FRANKFURT, MARCH 3 - Shares', lexicon)?.country).toBe('DE');
    expect(parseDateline('DUESSELDORF, March 13 - A spokesman', lexicon)?.country).toBe('DE');
    expect(parseDateline('The company said on Monday - nothing more', lexicon)).toBeNull();
  });

  it('makes the dateline country the story’s country', () => {
    expect(
      countries('Bank raises rates', 'TOKYO, March 3 - The central bank raised rates.'),
    ).toEqual(['JP']);
  });
});

describe('regions named in text', () => {
  it('tags the Middle East and the Sahel when named, with their continent', () => {
    const codes = regions('Drought', 'Drought spread across the Sahel this year, officials said.');
    expect(codes).toContain('sahel');
    expect(codes).toContain('002');
    expect(regions('Oil', 'Tension in the Middle East lifted oil prices.')).toContain(
      'middle-east',
    );
  });
});
