// `outpost --help` and `outpost COMMAND --help`, written from the command and option tables so
// that every command and option the CLI accepts is listed, aligned and within 100 columns.
import type { Command } from './command.ts';

/** An option as `parseArgs` takes it, with what `--help` says about it. */
export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  /** The placeholder for its value: `N` in `--limit N`. */
  value?: string;
  /** What it does, in a few words. */
  help: string;
  /** The commands it is for; every command when absent. */
  commands?: readonly string[];
}

const WIDTH = 100;
const MIN_COLUMN = 28;

const INTRO = [
  'Usage: outpost [--data-dir DIR] <command> [options]',
  '       outpost help [<command>]',
  '',
  'Outpost keeps your news on disk so you can read and search it offline.',
];

/** One form of a command, or one option, and the lines printed beside and below it. */
type Entry = { forms: string[]; text: string[] };

export function formatHelp(
  commands: Readonly<Record<string, Command>>,
  options: Readonly<Record<string, CliOption>>,
): string {
  const commandEntries = Object.entries(commands).flatMap(([name, command]) =>
    entriesOf(name, command),
  );
  const optionEntries = Object.entries(options).map(([name, option]) =>
    optionEntry(name, option, true),
  );
  const column = columnFor([...commandEntries, ...optionEntries]);
  return lines([
    ...INTRO,
    '',
    'Commands:',
    ...formatEntries(commandEntries, column),
    '',
    'Options:',
    ...formatEntries(optionEntries, column),
  ]);
}

/** The help of one command: how to call it, what it does, and the options it takes. */
export function formatCommandHelp(
  name: string,
  command: Command,
  options: Readonly<Record<string, CliOption>>,
): string {
  const entries = entriesOf(name, command);
  const forms = entries.flatMap((entry) => entry.forms);
  const own = Object.entries(options).filter(([, option]) => option.commands?.includes(name));
  const global = Object.entries(options).filter(([, option]) => !option.commands);
  const optionEntries = [...own, ...global].map(([optionName, option]) =>
    optionEntry(optionName, option, false),
  );
  const column = columnFor([...entries, ...optionEntries]);
  const about = command.subcommands
    ? [command.summary, '', 'Commands:', ...formatEntries(entries, column)]
    : [command.summary, ...(command.details ?? [])].flatMap((line) => wrap(line, WIDTH));
  return lines([
    ...forms.map((form, i) => `${i === 0 ? 'Usage:' : '      '} outpost ${form} [options]`),
    '',
    ...about,
    '',
    'Options:',
    ...formatEntries(optionEntries, column),
  ]);
}

function entriesOf(name: string, command: Command): Entry[] {
  if (command.subcommands) {
    return Object.entries(command.subcommands).flatMap(([subname, subcommand]) =>
      entriesOf(`${name} ${subname}`, subcommand),
    );
  }
  const usage = command.usage?.length ? command.usage : [''];
  return [
    {
      forms: usage.map((args) => (args ? `${name} ${args}` : name)),
      text: [command.summary, ...(command.details ?? [])],
    },
  ];
}

function optionEntry(name: string, option: CliOption, sayWhichCommands: boolean): Entry {
  const flag = `${option.short ? `-${option.short}, ` : ''}--${name}`;
  const scope = sayWhichCommands && option.commands ? `${option.commands.join(', ')}: ` : '';
  return {
    forms: [option.value ? `${flag} ${option.value}` : flag],
    text: [`${scope}${option.help}`],
  };
}

function columnFor(entries: Entry[]): number {
  const longest = Math.max(0, ...entries.flatMap((entry) => entry.forms.map((f) => f.length)));
  return Math.max(MIN_COLUMN, 2 + longest + 3);
}

/** A command's text lines sit beside its forms in order (tag's second form gets the second line). */
function formatEntries(entries: Entry[], column: number): string[] {
  return entries.flatMap(({ forms, text }) => {
    const rows = Math.max(forms.length, text.length);
    return Array.from({ length: rows }, (_, i) => {
      const [first = '', ...rest] = wrap(text[i] ?? '', WIDTH - column);
      const left = forms[i] === undefined ? '' : `  ${forms[i]}`;
      return [
        first ? `${left.padEnd(column)}${first}` : left,
        ...rest.map((line) => `${' '.repeat(column)}${line}`),
      ];
    }).flat();
  });
}

function wrap(text: string, width: number): string[] {
  const wrapped: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      wrapped.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...wrapped, line];
}

function lines(text: string[]): string {
  return `${text.join('\n')}\n`;
}
