// The menu per platform, the Import dialog's options and the Import summary.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  buildMenuTemplate,
  describeImportReport,
  importDialogOptions,
} from '../../../main/electron/menu.ts';
import type { ImportKind } from '../../../main/electron/menu.ts';

function labels(items: MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).map((item) => item.label ?? item.role ?? item.type ?? '?');
}

function submenu(
  template: MenuItemConstructorOptions[],
  name: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === name || item.role === name);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function build(platform: NodeJS.Platform, isPackaged = true) {
  const imports: ImportKind[] = [];
  let abouts = 0;
  const template = buildMenuTemplate(platform, isPackaged, {
    importFrom: (kind) => imports.push(kind),
    showAbout: () => (abouts += 1),
  });
  const click = (menu: string, label: string) => {
    const item = submenu(template, menu).find((candidate) => candidate.label === label);
    if (!item?.click) throw new Error(`no ${menu} › ${label}`);
    (item.click as () => void)();
  };
  return { template, imports, click, abouts: () => abouts };
}

describe('application menu', () => {
  it('on macOS offers one Import… for files and folders', () => {
    const { template, imports, click } = build('darwin');
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(labels(submenu(template, 'File'))).toEqual(['Import…', 'separator', 'close']);
    click('File', 'Import…');
    expect(imports).toEqual(['files-and-folders']);
  });

  it.each<NodeJS.Platform>(['linux', 'win32'])(
    'on %s offers files and folders separately',
    (platform) => {
      const { template, imports, click } = build(platform);
      expect(labels(submenu(template, 'File'))).toEqual([
        'Import Files…',
        'Import Folder…',
        'separator',
        'quit',
      ]);
      click('File', 'Import Files…');
      click('File', 'Import Folder…');
      expect(imports).toEqual(['files', 'folder']);
    },
  );

  it('has Help › About Outpost', () => {
    const { abouts, click } = build('linux');
    click('help', 'About Outpost');
    expect(abouts()).toBe(1);
  });

  it('offers reload and developer tools only in development', () => {
    expect(labels(submenu(build('linux', true).template, 'View'))).not.toContain('toggleDevTools');
    expect(labels(submenu(build('linux', false).template, 'View'))).toContain('toggleDevTools');
  });
});

describe('import dialog', () => {
  it.each<[ImportKind, string[]]>([
    ['files-and-folders', ['openFile', 'openDirectory', 'multiSelections']],
    ['files', ['openFile', 'multiSelections']],
    ['folder', ['openDirectory', 'multiSelections']],
  ])('%s picks %j and filters the importable types', (kind, properties) => {
    expect(importDialogOptions(kind)).toMatchObject({
      properties,
      filters: [{ extensions: ['txt', 'html', 'htm', 'md'] }],
    });
  });

  it('summarises the report and names each failed file', () => {
    expect(
      describeImportReport({
        imported: 2,
        duplicates: 1,
        failed: [
          { path: '/a.html', error: 'No article text found.' },
          { path: '/b.txt', error: 'Permission denied.' },
        ],
        items: [],
      }),
    ).toEqual({
      message: 'Imported 2 articles, 1 already in your library, 2 could not be imported.',
      detail: '/a.html\n  No article text found.\n\n/b.txt\n  Permission denied.',
    });
    expect(describeImportReport({ imported: 1, duplicates: 0, failed: [], items: [] })).toEqual({
      message: 'Imported 1 article.',
      detail: '',
    });
  });
});
