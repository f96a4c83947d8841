// Which sources the bytes of a built chunk come from, read from its source map: every generated
// segment's span of the minified line belongs to the source file the map names for it. Used to
// say *why* a first-load bundle is larger than the floor (a package, or one of the app's modules).
const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = B64.get(ch);
    if (digit === undefined) throw new Error(`bad base64 VLQ digit ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** A package name for node_modules paths ("recharts", "@reduxjs/toolkit"), else the app path. */
export function groupOf(source) {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) return source.replace(/^(\.\.\/)+/, '');
  const rest = source.slice(at + 'node_modules/'.length).split('/');
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? source);
}

/** Calls visit(lineIndex, startColumn, endColumn, sourceIndex | -1) for every generated span. */
export function walkSegments(map, visit, lines) {
  let source = 0;
  map.mappings.split(';').forEach((segments, lineIndex) => {
    const lineLength = (lines[lineIndex] ?? '').length;
    let column = 0;
    let previous = null;
    for (const segment of segments.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0];
      let current = -1;
      if (fields.length >= 4) {
        source += fields[1];
        current = source;
      }
      if (previous) visit(lineIndex, previous[0], column, previous[1]);
      previous = [column, current];
    }
    if (previous) visit(lineIndex, previous[0], lineLength, previous[1]);
  });
}
