import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { messages, pickText, type Locale } from '@strong-cities/core';
import { iconExternalLink, renderIcon } from '@strong-cities/icons';
import type { MapEvent } from './event-data.js';
import { formatDates, placeName, typeLabel } from './format.js';

/** An event's details, the same in the map's popover and the list's disclosure. */
export function renderDetails(event: MapEvent, locale: Locale): TemplateResult {
  const description = pickText(event.description, locale);
  return html`<dl class="details">
      <div><dt>${msg('When', { id: 'event-map.when' })}</dt><dd><time datetime=${event.start.iso}>${formatDates(event, locale)}</time></dd></div>
      <div><dt>${msg('Where', { id: 'event-map.where' })}</dt><dd>${placeName(event, locale)}</dd></div>
      <div><dt>${msg('Type', { id: 'event-map.type' })}</dt><dd class="type">${typeLabel(event.type)}</dd></div>
    </dl>
    ${description ? html`<p class="description">${description}</p>` : nothing}
    ${event.url
      ? html`<a class="more" href=${event.url} target="_blank" rel="noopener noreferrer"
          >${msg('More about this event', { id: 'event-map.more' })}${renderIcon(iconExternalLink)}<span class="visually-hidden"> ${messages.opensInNewTab()}</span></a
        >`
      : nothing}`;
}
