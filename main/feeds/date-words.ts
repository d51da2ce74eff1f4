// The words inside dates: month and day names (English and the main European languages), zone names, a.m./p.m.

// Full month names; abbreviations are recognised as prefixes of at least three letters.
const MONTHS: string[][] = [
  // English, French, German, Spanish, Italian, Portuguese, Dutch, Hungarian, Swedish, Polish
  ['january', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro', 'januari', 'január', 'styczeń'],
  ['february', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mars', 'märz', 'maerz', 'marzo', 'março', 'marco', 'maart', 'március', 'marzec'],
  ['april', 'avril', 'abril', 'aprile', 'április', 'kwiecień'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'május', 'maj'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho', 'június', 'czerwiec'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho', 'július', 'lipiec'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'augusztus', 'augusti', 'sierpień'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'szeptember', 'wrzesień'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'október', 'październik'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopad'],
  ['december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'grudzień'],
];
// Short forms that are not prefixes of the full names above.
const MONTH_EXTRAS: Record<string, number> = { sept: 9, okt: 10, dez: 12, mrt: 3, mei: 5 };

const WEEKDAYS = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ...['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  ...['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  ...['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  ...['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
];
// Abbreviations too short to be prefixes of three letters, or irregular.
const WEEKDAY_EXTRAS = new Set(['tu', 'tue', 'tues', 'th', 'thu', 'thur', 'thurs', 'we', 'mo']);
WEEKDAY_EXTRAS.add('fr').add('sa').add('su').add('di').add('mi').add('do').add('so');

// Words that may sit inside a date without changing it ("Jan 5, 2004 at 10:00", "le 5 mai").
const NOISE = new Set(['at', 'on', 'the', 'of', 'le', 'de', 'del', 'um', 'à', 'a', 'h']);

/** Month number (1–12) of a month name or abbreviation in any language we know, else null. */
export function monthOf(word: string): number | null {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (MONTH_EXTRAS[name]) return MONTH_EXTRAS[name];
  if (name.length < 3 || !/^\p{L}+$/u.test(name)) return null;
  let found: number | null = null;
  for (const [index, names] of MONTHS.entries()) {
    if (names.some((full) => full.startsWith(name))) {
      // "jui" could be juin or juillet: an ambiguous abbreviation is not a month.
      if (found !== null && found !== index + 1) return null;
      found = index + 1;
    }
  }
  return found;
}

export function isWeekdayName(word: string): boolean {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (WEEKDAY_EXTRAS.has(name)) return true;
  return name.length >= 3 && WEEKDAYS.some((full) => full.startsWith(name));
}

export function isNoiseWord(word: string): boolean {
  return NOISE.has(word.toLowerCase());
}

/** a.m./p.m. markers, including the Korean 오전/오후 that Korean blog platforms write. */
export function meridiemOf(word: string): { meridiem: 'am' | 'pm'; korean: boolean } | null {
  const name = word.toLowerCase().replace(/\./g, '');
  if (name === 'am') return { meridiem: 'am', korean: false };
  if (name === 'pm') return { meridiem: 'pm', korean: false };
  if (word === '오전') return { meridiem: 'am', korean: true };
  if (word === '오후') return { meridiem: 'pm', korean: true };
  return null;
}

// Zone names seen in feeds, in hours east of UTC. The one-letter "AT/ET/CT/MT/PT" forms are what
// some US generators write for the North American zones.
const ZONES: Record<string, number> = {
  ...{ ut: 0, utc: 0, gmt: 0, z: 0, 'etc/gmt': 0, 'etc/utc': 0, wet: 0, bst: 1, west: 1, ist: 5.5 },
  ...{ est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7, ast: -4, adt: -3 },
  ...{ at: -4, et: -5, ct: -6, mt: -7, pt: -8, akst: -9, akdt: -8, hst: -10, nst: -3.5 },
  ...{ cet: 1, met: 1, cest: 2, mest: 2, eet: 2, eest: 3, msk: 3, jst: 9, kst: 9, hkt: 8 },
  ...{ sgt: 8, awst: 8, acst: 9.5, aest: 10, aedt: 11, nzst: 12, nzdt: 13 },
};

/**
 * Minutes east of UTC for a zone name, or undefined. Military letters follow the military
 * convention (A = +1 … M = +12, N = −1 … Y = −12, Z = 0); RFC 822 had the signs inverted, a
 * mistake RFC 2822 acknowledged, and generators that use the letters follow the convention.
 */
export function zoneOffsetOf(word: string): number | undefined {
  const name = word.toLowerCase();
  const hours = ZONES[name];
  if (hours !== undefined) return hours * 60;
  if (/^[a-ik-y]$/.test(name)) {
    const code = name.charCodeAt(0);
    if (name <= 'i') return (code - 96) * 60;
    if (name <= 'm') return (code - 97) * 60;
    return -(code - 109) * 60;
  }
  return undefined;
}
