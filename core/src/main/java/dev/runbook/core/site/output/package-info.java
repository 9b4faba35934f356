/**
 * Where the site goes: a staging folder swapped in at the end, the marker that proves a folder is
 * a previous site, the writer of pages and files, and the verifier of every internal link.
 */
package dev.runbook.core.site.output;
