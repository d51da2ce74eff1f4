// The application menu and the Import dialog's options, as data the tests can read.
import type { MenuItemConstructorOptions, OpenDialogOptions } from 'electron';
import type { ImportReport } from '../../shared/model.ts';

/** macOS pickers take files and folders at once; Windows and Linux pickers take one or the other. */
export type ImportKind = 'files-and-folders' | 'files' | 'folder';

export interface MenuActions {
  importFrom(kind: ImportKind): void;
  showAbout(): void;
}

export const importExtensions = ['txt', 'html', 'htm', 'md'];

export function importDialogOptions(kind: ImportKind): OpenDialogOptions {
  const properties: OpenDialogOptions['properties'] =
    kind === 'files-and-folders'
      ? ['openFile', 'openDirectory', 'multiSelections']
      : kind === 'files'
        ? ['openFile', 'multiSelections']
        : ['openDirectory', 'multiSelections'];
  return {
    title: 'Import into Outpost',
    buttonLabel: 'Import',
    properties,
    filters: [{ name: 'Articles (.txt, .html, .htm, .md)', extensions: importExtensions }],
  };
}

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  isPackaged: boolean,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const importItems: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Import…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.importFrom('files-and-folders'),
        },
      ]
    : [
        {
          label: 'Import Files…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.importFrom('files'),
        },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => actions.importFrom('folder'),
        },
      ];
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        ...importItems,
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developerItems,
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Outpost', click: () => actions.showAbout() }] },
  ];
}

/** The Import result as a message box: counts first, then each file that failed and why. */
export function describeImportReport(report: ImportReport): { message: string; detail: string } {
  const parts = [`Imported ${report.imported} article${report.imported === 1 ? '' : 's'}`];
  if (report.duplicates > 0) {
    parts.push(`${report.duplicates} already in your library`);
  }
  if (report.failed.length > 0) parts.push(`${report.failed.length} could not be imported`);
  const detail = report.failed.map((failure) => `${failure.path}\n  ${failure.error}`).join('\n\n');
  return { message: `${parts.join(', ')}.`, detail };
}
