/**
 * The cheat sheet's Markdown shown as a page: only the few constructs the cheat sheet writes
 * (#, ##, ### headings; "- " items; _emphasis_; backslash escapes) become elements, and every
 * piece of the user's text is a text node. Never innerHTML.
 */
import type { ComponentChildren, JSX } from 'preact';

/** Inline text: "\*" is a literal star; an unescaped "_" opens or closes emphasis. */
export function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let plain = '';
  let emphasis: string | null = null;
  const flush = () => {
    if (emphasis !== null) emphasis += plain;
    else if (plain) out.push(plain);
    plain = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      plain += text[++i];
    } else if (c === '_') {
      flush();
      if (emphasis === null) emphasis = '';
      else {
        out.push(<em key={i}>{emphasis}</em>);
        emphasis = null;
      }
    } else plain += c;
  }
  flush();
  // An emphasis never closed was a plain underscore.
  if (emphasis !== null) out.push(`_${emphasis}`);
  return out;
}

/** Headings start two levels down (# → h3), as the preview sits under the panel's own h1 and h2. */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const blocks: JSX.Element[] = [];
  let items: string[] = [];
  const endList = () => {
    if (items.length > 0) {
      blocks.push(
        <ul key={`ul${blocks.length}`}>
          {items.map((item, i) => (
            <li key={i}>{inline(item)}</li>
          ))}
        </ul>,
      );
      items = [];
    }
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (line.startsWith('- ')) {
      items.push(line.slice(2));
      continue;
    }
    endList();
    if (heading) {
      const Tag = (['h3', 'h4', 'h5'] as const)[heading[1]!.length - 1]!;
      blocks.push(<Tag key={blocks.length}>{inline(heading[2]!)}</Tag>);
    } else if (line.trim()) blocks.push(<p key={blocks.length}>{inline(line)}</p>);
  }
  endList();
  return <>{blocks}</>;
}
