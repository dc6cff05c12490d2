/**
 * The markers PostgreSQL's ts_headline puts around matched words (StartSel/StopSel). They are
 * removed from the text before it is highlighted, so every marker in a headline is one of ours.
 */
export const HIGHLIGHT_START = '\u27e6';
export const HIGHLIGHT_STOP = '\u27e7';

export interface HighlightSegment {
  text: string;
  highlighted: boolean;
}

/**
 * A headline cut into plain and highlighted runs, to be rendered as text and <mark> elements:
 * the text is never parsed as HTML. A marker left open runs to the end; stray markers vanish.
 */
export function splitHighlights(headline: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const push = (text: string, highlighted: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.highlighted === highlighted) last.text += text;
    else segments.push({ text, highlighted });
  };
  let highlighted = false;
  let run = '';
  for (const char of headline) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      push(run, highlighted);
      run = '';
      highlighted = char === HIGHLIGHT_START;
    } else {
      run += char;
    }
  }
  push(run, highlighted);
  return segments;
}
