import { css } from 'lit';

export const styles = css`
  [part='base'] {
    color: var(--scn-color-text);
  }
`;
