// Text for SVG charts, laid out without measuring it in the page (recharts' own measuring forces a
// layout of the whole page on each redraw).

/** Break a label into lines of at most `max` characters, at spaces. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
