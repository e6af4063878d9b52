/** A strict XML parser (sax, already installed through astro and @astrojs/sitemap) into a small tree. */
import sax from 'sax';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

// sax lets these two through.
// eslint-disable-next-line no-control-regex -- these control characters are what the check looks for
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Parses a whole document, throwing on anything that is not well-formed XML. */
export function parseXml(xml: string): XmlElement {
  const fail = (reason: string) => new Error(`not well-formed XML: ${reason}`);
  if (FORBIDDEN_CHARACTER.test(xml)) throw fail('a character XML 1.0 does not allow');
  const parser = sax.parser(true);
  const roots: XmlElement[] = [];
  const open: XmlElement[] = [];
  let attributeNames = new Set<string>();
  parser.onerror = (error) => {
    throw fail(error.message);
  };
  parser.onattribute = ({ name }) => {
    if (attributeNames.has(name)) throw fail(`attribute ${name} given twice`);
    attributeNames.add(name);
  };
  parser.onopentag = (tag) => {
    attributeNames = new Set();
    const attributes = Object.fromEntries(
      Object.entries(tag.attributes as Record<string, string | { value: string }>).map(([name, value]) => [
        name,
        typeof value === 'string' ? value : value.value,
      ]),
    );
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '' };
    const parent = open[open.length - 1];
    if (parent) parent.children.push(element);
    else roots.push(element);
    open.push(element);
  };
  parser.onclosetag = () => {
    open.pop();
  };
  const addText = (text: string) => {
    const current = open[open.length - 1];
    if (current) current.text += text;
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.write(xml).close();
  if (roots.length !== 1) throw fail(`${roots.length} root elements`);
  return roots[0]!;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The text of a required child element. */
export function textOf(element: XmlElement, name: string): string {
  const found = child(element, name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found.text;
}
