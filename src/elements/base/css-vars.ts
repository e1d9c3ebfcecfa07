import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), every render.
 * Lit's `styleMap` writes a `style="…"` attribute on its first render, which a host page's
 * `style-src` without `'unsafe-inline'` blocks (a CSP violation report, and the value is lost);
 * CSSOM writes are allowed under any CSP. `undefined` removes the property.
 *
 *   html`<div ${cssVars({ '--_ratio': ratio })}></div>`
 */
class CssVars extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars() goes in an element position');
  }

  render(_vars: Record<string, string | undefined>) {
    return nothing;
  }

  override update(part: ElementPart, [vars]: [Record<string, string | undefined>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(vars)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return nothing;
  }
}

export const cssVars = directive(CssVars);
