// widgets.js: every widget in one classic script, for CMSs that strip type="module".
// The double-load guard runs before this (the build puts it at the top of the IIFE).
import 'virtual:scn-all-widgets';
