// The XML parser's complaints (fast-xml-parser, via feedsmith) in words a reader can act on.

const EXPLANATIONS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [
    /readTagExp returned undefined/i,
    () => 'a tag is never closed with ">" (an attribute may lack its closing quote)',
  ],
  [/Closing Tag is not closed/i, () => 'an end tag is cut off (it has no ">")'],
  [/Unexpected end of (\S+)/i, (m) => `the element <${m[1]}> never ends`],
  [/Comment is not closed/i, () => 'a comment is never closed with "-->"'],
  [/CDATA is not closed/i, () => 'a CDATA section is never closed with "]]>"'],
  [/Pi Tag is not closed/i, () => 'a processing instruction is never closed with "?>"'],
  [/StopNode is not closed/i, () => "an element's text never ends (its end tag is missing)"],
  [/Maximum nested tags exceeded/i, () => 'elements are nested too deeply to be a feed'],
];

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** "The feed is not well-formed XML (line 3, column 12): an end tag is cut off …". */
export function describeXmlError(parserMessage: string, xml: string): string {
  const position = /at position (\d+)/i.exec(parserMessage);
  const where = position ? ` (${lineAndColumn(xml, Number(position[1]))})` : '';
  for (const [pattern, explain] of EXPLANATIONS) {
    const match = pattern.exec(parserMessage);
    if (match) return `The feed is not well-formed XML${where}: ${explain(match)}.`;
  }
  const plain = parserMessage.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return `The feed is not well-formed XML${where}: ${plain}.`;
}
