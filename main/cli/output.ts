// How the CLI talks back: JSON for scripts, short readable text for people, one-line errors. Every
// human-readable line leaves through here, so none can carry a terminal control sequence.

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * Exact, and safe on a terminal: JSON.stringify escapes C0 (\u001b) but writes DEL and C1 raw, so
 * those are escaped too. They can only occur inside strings, where the escape means the same.
 */
export function printJson(value: unknown): void {
  const json = String(JSON.stringify(value)).replace(
    /[\x7f-\x9f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  process.stdout.write(`${json}\n`);
}

/** Lines for people on stdout; a line may hold an article's paragraphs (newlines and tabs kept). */
export function printLines(lines: readonly string[]): void {
  if (lines.length > 0) process.stdout.write(`${lines.map(toTerminalText).join('\n')}\n`);
}

/** Text already laid out in lines, ending with a newline (`outpost --help`). */
export function printText(text: string): void {
  process.stdout.write(toTerminalText(text));
}

/**
 * The one-line message on stderr that tells the user what went wrong: `outpost: …`; `details`
 * (a stack trace, for OUTPOST_DEBUG) follow it on lines of their own.
 */
export function printProblem(message: string, details?: string): void {
  process.stderr.write(`outpost: ${toOneLine(message)}\n`);
  if (details) process.stderr.write(`${toTerminalText(details)}\n`);
}

/** A line of progress on stderr (`sync: feeds 3/40…`), so that stdout stays the result. */
export function printProgress(line: string): void {
  process.stderr.write(`${toOneLine(line)}\n`);
}

/**
 * Escape sequences a terminal obeys: CSI (ESC [ … final byte: cursor moves, ESC[2J clears the
 * screen), terminated strings (ESC ] … BEL or ESC \: OSC sets the title, OSC 52 writes the
 * clipboard; DCS, SOS, PM, APC), and short escapes (ESC c resets the terminal, ESC ( 0 switches its
 * character set). Whatever is left of a broken one, a lone ESC included, goes with the control
 * characters below.
 */
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)|[ -/]?[0-~])/g;
/** C0 but tab and newline, DEL, and C1 (U+0080–U+009F: a UTF-8 terminal may take U+009B as CSI). */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_CHARACTER = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Text from feeds, pages and files (titles, authors, article text, file names) as a terminal shows
 * it and nothing more: a title holding ESC[2J must not clear the reader's screen, nor a CR overwrite
 * the line it is on. Newlines and tabs are kept; CR LF becomes a newline.
 */
export function toTerminalText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTER, '');
}

/** The same, on one line: a message on stderr is one line, whatever the text it quotes holds. */
function toOneLine(text: string): string {
  return toTerminalText(text).replace(/\s*\n\s*/g, ' ');
}

export function formatDate(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'undated';
}
