import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { pickText, styleProps, type Locale } from '@strong-cities/core';
import { iconClose, renderIcon } from '@strong-cities/icons';
import { renderDetails } from './details.js';
import type { MapEvent } from './event-data.js';
import { clusterName } from './format.js';

/** A group popover lists at most this many events. */
const GROUP_LIMIT = 20;

export interface PopoverPlace {
  /** The marker's position in the frame, in percent of its width and height. */
  readonly x: number;
  readonly y: number;
}

/**
 * The non-modal details of one marker's events, beside the marker: it opens towards the larger
 * side of the frame and never past its edge (the frame clips). Escape and the close button close it.
 */
export function renderPopover(members: readonly MapEvent[], at: PopoverPlace, locale: Locale, close: () => void): TemplateResult {
  const [first] = members;
  const single = members.length === 1 && first;
  const title = single ? pickText(first.title, locale) : clusterName(members, locale);
  const east = at.x > 50;
  const south = at.y > 50;
  const place = {
    left: `${at.x}%`,
    top: `${at.y}%`,
    'max-inline-size': `calc(${east ? at.x : 100 - at.x}% - calc(1 * var(--scn-rem)))`,
    'max-block-size': `calc(${south ? at.y : 100 - at.y}% - calc(1 * var(--scn-rem)))`,
  };
  return html`<div
    class=${`popover${east ? ' east' : ''}${south ? ' south' : ''}`}
    part="popover"
    role="dialog"
    aria-labelledby="popover-title"
    tabindex="-1"
    ${styleProps(place)}
    @keydown=${(e: KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === 'Escape') close();
    }}
    @pointerdown=${(e: Event) => e.stopPropagation()}
  >
    <div class="popover-head">
      <p id="popover-title" class="title">${title}</p>
      <button type="button" class="close" aria-label=${msg('Close', { id: 'event-map.close' })} @click=${close}>
        ${renderIcon(iconClose)}
      </button>
    </div>
    <div class="popover-body">
      ${single
        ? renderDetails(first, locale)
        : html`<ul class="group">
            ${members.slice(0, GROUP_LIMIT).map((m) => html`<li><p class="title">${pickText(m.title, locale)}</p>${renderDetails(m, locale)}</li>`)}
          </ul>`}
    </div>
  </div>`;
}
