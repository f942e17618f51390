import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | undefined>>;

/**
 * Sets CSS properties (`left`, `max-inline-size`, `--x`) through the CSSOM on every render.
 * Lit's `styleMap` writes a `style="…"` attribute on first render, which a strict CSP without
 * 'unsafe-inline' (`style-src-attr`) blocks; CSSOM writes are allowed. Use in element position:
 * `<div ${styleProps({ left: '10%' })}>`.
 */
class StyleProps extends Directive {
  #previous: string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() belongs in element position');
  }

  // the signature types the directive's argument; update() does the work
  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#previous) if (props[name] === undefined) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    this.#previous = Object.keys(props);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
