import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-block-size: 100vh;
    background: var(--scn-color-surface);
  }
  .page {
    max-inline-size: 80rem;
    margin-inline: auto;
    padding: var(--scn-space-5) var(--scn-space-4);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--scn-space-4);
    align-items: end;
    justify-content: space-between;
    margin-block-end: var(--scn-space-5);
  }
  h1 {
    margin: 0;
    font-size: var(--scn-font-size-xl);
    line-height: var(--scn-font-line-height-tight);
  }
  h2 {
    margin: 0 0 var(--scn-space-3);
    font-size: var(--scn-font-size-l);
  }
  p {
    margin: 0 0 var(--scn-space-3);
  }
  .intro {
    color: var(--scn-color-text-muted);
    max-inline-size: 50rem;
  }
  .layout {
    display: grid;
    gap: var(--scn-space-5);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 64rem) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  section {
    background: var(--scn-color-surface-raised);
    border: 1px solid var(--scn-color-border-subtle);
    border-radius: var(--scn-radius-m);
    padding: var(--scn-space-4);
    margin-block-end: var(--scn-space-4);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: var(--scn-font-weight-bold);
    margin-block-end: var(--scn-space-2);
  }
  .widgets {
    display: grid;
    gap: var(--scn-space-2);
  }
  .widget-choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--scn-space-2);
    align-items: start;
    padding: var(--scn-space-2);
    border: 1px solid var(--scn-color-border-subtle);
    border-radius: var(--scn-radius-s);
    cursor: pointer;
  }
  .widget-choice:has(input:checked) {
    border-color: var(--scn-color-brand);
    background: var(--scn-color-surface-sunken);
  }
  .widget-choice small {
    grid-column: 2;
    color: var(--scn-color-text-muted);
  }
  .field {
    display: grid;
    gap: var(--scn-space-1);
    margin-block-end: var(--scn-space-4);
  }
  label,
  .label {
    font-weight: var(--scn-font-weight-medium);
  }
  .help {
    font-size: var(--scn-font-size-s);
    color: var(--scn-color-text-muted);
  }
  .default {
    font-size: var(--scn-font-size-s);
    color: var(--scn-color-text-muted);
  }
  input[type='text'],
  input[type='url'],
  input[type='number'],
  select {
    font: inherit;
    color: var(--scn-color-text);
    background: var(--scn-color-surface);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-s);
    padding: var(--scn-space-2);
    min-block-size: var(--scn-size-target-comfortable);
    inline-size: 100%;
  }
  input[type='color'] {
    inline-size: var(--scn-size-target-comfortable);
    block-size: var(--scn-size-target-comfortable);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-s);
    background: var(--scn-color-surface);
    padding: var(--scn-space-1);
  }
  input[aria-invalid='true'] {
    border-color: var(--scn-color-error);
  }
  .switch {
    display: flex;
    gap: var(--scn-space-2);
    align-items: center;
  }
  .switch input {
    inline-size: var(--scn-size-target-min);
    block-size: var(--scn-size-target-min);
    accent-color: var(--scn-color-brand);
  }
  .error {
    color: var(--scn-color-error);
    font-size: var(--scn-font-size-s);
  }
  button {
    font: inherit;
    font-weight: var(--scn-font-weight-medium);
    min-block-size: var(--scn-size-target-comfortable);
    padding: var(--scn-space-2) var(--scn-space-4);
    border-radius: var(--scn-radius-s);
    border: 1px solid var(--scn-color-brand);
    background: var(--scn-color-brand);
    color: var(--scn-color-on-brand);
    cursor: pointer;
  }
  button.secondary {
    background: var(--scn-color-surface);
    color: var(--scn-color-brand-strong);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--scn-space-2);
    align-items: end;
  }
  .row > .grow {
    flex: 1 1 14rem;
  }
  .check {
    border-inline-start: 4px solid var(--scn-color-border);
    padding-inline-start: var(--scn-space-3);
    margin-block-start: var(--scn-space-2);
  }
  .check.ok {
    border-color: var(--scn-color-success);
  }
  .check.bad {
    border-color: var(--scn-color-error);
  }
  .check ul {
    margin: 0;
    padding-inline-start: var(--scn-space-5);
  }
  .check code,
  .problem {
    font-family: ui-monospace, monospace;
    font-size: var(--scn-font-size-s);
  }
  .preview-settings {
    display: flex;
    flex-wrap: wrap;
    gap: var(--scn-space-4);
    margin-block-end: var(--scn-space-3);
  }
  .preview-settings .field {
    margin: 0;
  }
  iframe {
    display: block;
    inline-size: 100%;
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-s);
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--scn-space-1);
    border-block-end: 1px solid var(--scn-color-border);
  }
  [role='tab'] {
    background: transparent;
    color: var(--scn-color-text);
    border: 1px solid transparent;
    border-block-end: 0;
    border-radius: var(--scn-radius-s) var(--scn-radius-s) 0 0;
    padding-inline: var(--scn-space-3);
  }
  [role='tab'][aria-selected='true'] {
    background: var(--scn-color-surface-sunken);
    border-color: var(--scn-color-border);
    color: var(--scn-color-brand-strong);
  }
  [role='tabpanel'] {
    padding-block: var(--scn-space-3);
  }
  pre {
    margin: 0 0 var(--scn-space-3);
    padding: var(--scn-space-3);
    background: var(--scn-color-surface-sunken);
    border: 1px solid var(--scn-color-border-subtle);
    border-radius: var(--scn-radius-s);
    overflow: auto;
    white-space: pre-wrap;
    word-break: break-all;
    font-size: var(--scn-font-size-s);
    direction: ltr;
    text-align: left;
  }
  .status {
    min-block-size: 1.5em;
    color: var(--scn-color-success);
    font-weight: var(--scn-font-weight-medium);
  }
  .note {
    font-size: var(--scn-font-size-s);
    color: var(--scn-color-text-muted);
  }
`;
