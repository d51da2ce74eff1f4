// The IPTC topic scorer on small hand-written articles, the vocabulary it scores against, and the
// lexicon's own rules (every subtopic covered, well-formed terms, one tokeniser with search).
import { describe, expect, it } from 'vitest';
import {
  scoreTopics,
  tokenizeForTopics,
  TOPIC_LEXICON_VERSION,
  type TopicInput,
} from '../../../main/tagging/topics.ts';
import { iptcTopics, topicByQcode } from '../../../shared/iptc-topics.ts';
import { listLexiconTerms, topicLexicon } from '../../../shared/topic-lexicon.ts';
import { words } from '../../../shared/tokenize.ts';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const ECONOMY = 'medtop:04000000';
const HEALTH = 'medtop:07000000';
const POLITICS = 'medtop:11000000';
const SCIENCE_TECH = 'medtop:13000000';
const SPORT = 'medtop:15000000';
const CONFLICT = 'medtop:16000000';
const WEATHER = 'medtop:17000000';
const COMPETITION_DISCIPLINE = 'medtop:20000822';
const COUP = 'medtop:20000070';

const isLevel1 = (qcode: string) => topicByQcode(qcode)?.parent === null;

function level1Ranking(input: TopicInput): string[] {
  return scoreTopics(input)
    .filter((score) => isLevel1(score.qcode))
    .map((score) => score.qcode);
}

function scoreOf(input: TopicInput, qcode: string): number {
  return scoreTopics(input).find((score) => score.qcode === qcode)?.score ?? 0;
}

const footballReport: TopicInput = {
  title: 'Late winner keeps United top of the table',
  text:
    'A stoppage-time header from the substitute striker gave United a 2-1 win at home on ' +
    'Saturday. The visitors had equalised early in the second half through a penalty after a ' +
    'handball in the box, and their goalkeeper made three fine saves before the break. The ' +
    'manager praised his midfield and said the clean sheet run was over but the points mattered ' +
    'more. United stay three points clear at the top of the league with eight matches left.',
};

const electionStory: TopicInput = {
  title: 'Polls open as close election race nears its end',
  text:
    'Voters go to the polls on Thursday in a general election that opinion polls say is too ' +
    'close to call. The prime minister spent the last day of the campaign in marginal seats, ' +
    'while the opposition leader promised a referendum on electoral reform. Turnout is expected ' +
    'to be high, and the first results from the constituencies will be declared after midnight. ' +
    'Both parties have published manifestos pledging tax cuts.',
};

const quarterlyResults: TopicInput = {
  title: 'Retailer lifts profit forecast after strong quarter',
  text:
    'The retailer reported quarterly sales up 6% and pre-tax profit of £210m, ahead of what ' +
    'analysts had expected. Shares rose 4% in early trading on the stock exchange. The chief ' +
    'executive said margins had improved as shoppers returned to its stores, and the board ' +
    'raised the dividend. Revenue from online sales grew fastest, and the company now expects ' +
    'annual earnings at the top of its range despite weak consumer confidence.',
};

const filmReview: TopicInput = {
  title: 'Review: a slow-burning thriller that rewards patience',
  text:
    'The director returns with a film of quiet menace. Its lead actress gives the performance ' +
    'of her career as a widow who inherits a failing cinema, and the screenplay takes its time ' +
    'before the final act. The cast is strong throughout, the soundtrack is spare, and the ' +
    'cinematography makes the seaside town look both beautiful and trapped. It premiered at a ' +
    'film festival last autumn and opens in cinemas on Friday; expect award nominations.',
};

const smartphoneLaunch: TopicInput = {
  title: 'New smartphone goes on sale with a faster chip and a bigger battery',
  text:
    'The handset has a larger touchscreen, a new processor that the maker says runs apps twice ' +
    'as fast, and a camera with more megapixels. It ships with the latest version of its ' +
    'operating system, supports 5G networks and wireless charging, and the battery is said to ' +
    'last two days. Software updates are promised for five years. Reviewers praised the display ' +
    'but said the device is expensive compared with rival Android phones.',
};

const coupStory: TopicInput = {
  title: 'Army seizes power in overnight coup',
  text:
    'Soldiers surrounded the presidential palace before dawn and an officer announced on state ' +
    'television that the military had taken over, suspended the constitution and dissolved ' +
    'parliament. The elected president and several ministers were detained. The junta imposed a ' +
    'curfew and closed the borders. The opposition called for protests, and neighbouring ' +
    'governments and the United Nations condemned the coup and demanded a return to civilian ' +
    'rule and fresh elections.',
};

const robberyStory: TopicInput = {
  title: 'Two men charged after jewellery shop robbery',
  text:
    'Police arrested two men after a robbery at a jewellery shop in which a member of staff was ' +
    'threatened with a knife. Detectives said the suspects were caught on CCTV and the stolen ' +
    'watches were recovered. Both have been charged with robbery and will appear before ' +
    'magistrates on Monday.',
};

const fluStory: TopicInput = {
  title: 'Hospitals under pressure as flu cases rise',
  text:
    'Doctors say hospitals are treating twice as many patients with influenza as last winter, ' +
    'and health officials urged older people to get vaccinated. Intensive care units are close ' +
    'to capacity and some planned surgery has been postponed while nurses are moved to wards ' +
    'treating the infection.',
};

const stormStory: TopicInput = {
  title: 'Heavy rain and gales forecast as storm approaches',
  text:
    'Forecasters have issued a weather warning for heavy rain and strong winds as a deep area ' +
    'of low pressure crosses the country. Gusts of up to 80mph are expected on coasts, with ' +
    'showers turning to snow over high ground and temperatures falling below freezing overnight.',
};

describe('the IPTC vocabulary', () => {
  it('has 17 level-1 and 121 level-2 topics, each child under a level-1 parent', () => {
    expect(iptcTopics.filter((topic) => topic.parent === null)).toHaveLength(17);
    expect(iptcTopics.filter((topic) => topic.parent !== null)).toHaveLength(121);
    for (const topic of iptcTopics) {
      if (topic.parent !== null) expect(topicByQcode(topic.parent)?.parent).toBeNull();
    }
  });

  it('finds topics by code and nothing for unknown codes', () => {
    expect(topicByQcode(SPORT)?.label).toBe('sport');
    expect(topicByQcode(COUP)?.parent).toBe(CONFLICT);
    expect(topicByQcode('medtop:99999999')).toBeUndefined();
  });
});

describe('the topic lexicon', () => {
  const terms = listLexiconTerms();

  it('covers every level-2 topic with at least ten terms, and nothing outside the vocabulary', () => {
    for (const topic of iptcTopics.filter((candidate) => candidate.parent !== null)) {
      const count = terms.filter((term) => term.qcode === topic.qcode).length;
      expect(count, topic.label).toBeGreaterThanOrEqual(10);
    }
    for (const qcode of Object.keys(topicLexicon)) expect(topicByQcode(qcode), qcode).toBeDefined();
  });

  it('holds lowercase words and phrases with weights 1 to 3', () => {
    for (const { term, weight } of terms) {
      expect(term, term).toMatch(/^[\p{Ll}\p{N}][\p{Ll}\p{N} '’\-/&.]*\*?$/u);
      expect([1, 2, 3]).toContain(weight);
    }
  });

  it('carries a version to store beside automatic tags', () => {
    expect(TOPIC_LEXICON_VERSION).toMatch(/\S/);
  });
});

describe('scoreTopics', () => {
  it('puts a football match report in sport, with the subtopic under it', () => {
    expect(level1Ranking(footballReport)[0]).toBe(SPORT);
    const sport = scoreOf(footballReport, SPORT);
    const discipline = scoreOf(footballReport, COMPETITION_DISCIPLINE);
    expect(sport).toBeGreaterThan(0.6);
    expect(discipline).toBeGreaterThan(0);
    expect(discipline).toBeLessThanOrEqual(sport);
  });

  it('puts an election story in politics', () => {
    expect(level1Ranking(electionStory)[0]).toBe(POLITICS);
  });

  it('puts a quarterly results story in economy, business and finance', () => {
    expect(level1Ranking(quarterlyResults)[0]).toBe(ECONOMY);
  });

  it('puts a film review in arts, culture, entertainment and media', () => {
    expect(level1Ranking(filmReview)[0]).toBe(ARTS);
  });

  it('puts a smartphone launch in science and technology', () => {
    expect(level1Ranking(smartphoneLaunch)[0]).toBe(SCIENCE_TECH);
  });

  it('puts a coup in conflict and in politics, naming the coup subtopic', () => {
    expect(level1Ranking(coupStory).slice(0, 2).sort()).toEqual([POLITICS, CONFLICT].sort());
    expect(level1Ranking(coupStory)[0]).toBe(CONFLICT);
    expect(scoreOf(coupStory, COUP)).toBeGreaterThan(0.1);
  });

  it('recognises crime, health and weather stories too', () => {
    expect(level1Ranking(robberyStory)[0]).toBe(CRIME);
    expect(level1Ranking(fluStory)[0]).toBe(HEALTH);
    expect(level1Ranking(stormStory)[0]).toBe(WEATHER);
  });

  it("trusts the feed's own category", () => {
    const roundUp = { title: 'The latest', text: 'Everything that happened this afternoon.' };
    expect(scoreOf(roundUp, SPORT)).toBe(0);
    expect(level1Ranking({ ...roundUp, categories: ['Sport'] })[0]).toBe(SPORT);
    expect(scoreOf({ ...roundUp, categories: ['Sports'] }, SPORT)).toBeGreaterThan(0.5);
    expect(level1Ranking({ ...roundUp, categories: ['Technology'] })[0]).toBe(SCIENCE_TECH);
  });

  it('gives nothing for an empty article, but still lists every level-1 topic', () => {
    const scores = scoreTopics({ title: '', text: '' });
    expect(scores).toHaveLength(17);
    expect(scores.every((score) => isLevel1(score.qcode) && score.score === 0)).toBe(true);
  });

  it('keeps a single weak hint low', () => {
    const scores = scoreTopics({ title: 'A note', text: 'The plans were discussed.' });
    expect(Math.max(...scores.map((score) => score.score))).toBeLessThan(0.3);
  });

  it('returns scores between 0 and 1, best first, with every level-1 topic present', () => {
    for (const input of [footballReport, coupStory, filmReview]) {
      const scores = scoreTopics(input);
      expect(scores.filter((score) => isLevel1(score.qcode))).toHaveLength(17);
      for (const [index, score] of scores.entries()) {
        expect(score.score).toBeGreaterThanOrEqual(0);
        expect(score.score).toBeLessThanOrEqual(1);
        if (index > 0) expect(score.score).toBeLessThanOrEqual(scores[index - 1]!.score);
        expect(score.label).toBe(topicByQcode(score.qcode)?.label);
      }
      const total = scores.filter((s) => isLevel1(s.qcode)).reduce((sum, s) => sum + s.score, 0);
      expect(total).toBeLessThanOrEqual(1);
    }
  });

  it('weighs a word in the title more than the same word in the body', () => {
    const inTitle = scoreOf({ title: 'Goalkeeper', text: 'It was said today.' }, SPORT);
    const inBody = scoreOf({ title: 'It was said today', text: 'Goalkeeper.' }, SPORT);
    expect(inTitle).toBeGreaterThan(inBody);
  });

  it('gives a repeated word less than as many different words', () => {
    const repeated = scoreOf({ title: '', text: 'goalkeeper '.repeat(6) }, SPORT);
    const varied = scoreOf(
      { title: '', text: 'goalkeeper striker midfielder referee offside crossbar' },
      SPORT,
    );
    expect(repeated).toBeLessThan(varied);
  });

  it('lets a phrase win over the words inside it', () => {
    const medal = { title: '', text: 'She won the gold medal.' };
    expect(scoreOf(medal, SPORT)).toBeGreaterThan(0);
    expect(scoreOf(medal, ECONOMY)).toBe(0);
  });

  it('does not count where a story cites its source as evidence for the media', () => {
    const quote = { title: '', text: 'The striker told the BBC he was delighted with the goal.' };
    expect(scoreOf(quote, ARTS)).toBe(0);
    expect(level1Ranking(quote)[0]).toBe(SPORT);
  });
});

describe('tokenizeForTopics', () => {
  it('splits text into the same words as the search index', () => {
    const text = "Zürich café's naïve O’Neill's coup d'état: İstanbul, 5G e-mail and the A-level.";
    expect(tokenizeForTopics(text)).toEqual(words(text));
  });
});
