const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];
const MONEY_SHAPE = /^(-?)(\d{1,16})(?:\.(\d{1,2}))?$/;

function digit(char: string | undefined): string {
  return DIGITS.charAt(Number(char ?? '0'));
}

/** Reads the integer part group by group (4 digits each), with one 零 for each run of zeros. */
function integerWords(integer: string): string {
  const width = Math.ceil(integer.length / 4) * 4;
  const padded = integer.padStart(width, '0');
  let words = '';
  let zeroPending = false;

  for (let group = width / 4 - 1; group >= 0; group -= 1) {
    const start = width - (group + 1) * 4;
    const chunk = padded.slice(start, start + 4);
    if (chunk === '0000') {
      zeroPending = words !== '';
      continue;
    }
    for (let index = 0; index < 4; index += 1) {
      const char = chunk.charAt(index);
      if (char === '0') {
        zeroPending = zeroPending || words !== '';
        continue;
      }
      words += `${zeroPending ? '零' : ''}${digit(char)}${PLACES[3 - index]}`;
      zeroPending = false;
    }
    words += groupUnit(padded, group);
  }

  return words;
}

/**
 * The unit after a group of four digits. The 万亿 group reads as plain 万 when the 亿 group after
 * it has digits of its own: 1 0001 0000 0000 is 壹万零壹亿, not 壹万亿零壹亿.
 */
function groupUnit(padded: string, group: number): string {
  if (group === 3 && padded.slice(4, 8) !== '0000') return '万';

  return GROUPS[group] ?? '';
}

/**
 * The amount in Chinese capitals as written on Chinese invoices and cheques (大写金额), read
 * from the decimal string without converting it to a number: `"12345.67"` →
 * `"壹万贰仟叁佰肆拾伍元陆角柒分"`, `"800"` → `"捌佰元整"`. Returns `null` for values it cannot
 * read (more than two decimals or sixteen integer digits, not a decimal).
 */
export function toChineseCapitals(decimal: string): string | null {
  const match = MONEY_SHAPE.exec(decimal);
  if (!match) return null;
  const [, sign = '', rawInteger = '0', fraction = ''] = match;
  const integer = rawInteger.replace(/^0+(?=\d)/, '');
  const jiao = fraction.charAt(0) || '0';
  const fen = fraction.charAt(1) || '0';
  const hasInteger = integer !== '0';
  let words = hasInteger ? `${integerWords(integer)}元` : '';

  if (jiao === '0' && fen === '0') {
    words = `${hasInteger ? words : '零元'}整`;
  } else {
    if (jiao !== '0') words += `${digit(jiao)}角`;
    else if (hasInteger) words += '零';
    if (fen !== '0') words += `${digit(fen)}分`;
  }

  return words === '零元整' ? words : `${sign ? '负' : ''}${words}`;
}
