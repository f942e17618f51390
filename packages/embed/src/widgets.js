// widgets.js: every widget in one classic script, for CMSs that strip type="module".
// The double-load guard runs before this (the build puts it at the top of the IIFE); the space
// reservation comes first so the widgets lay out exactly as with the loader.
import { reserve } from 'virtual:scn-widgets';
import { reserveSpace } from './reserve.js';
import 'virtual:scn-all-widgets';

reserveSpace(reserve);
