/**
 * The static site: model to view-model records to Mustache pages, written into a staging folder,
 * verified and swapped in. Reads the model, the parser and the config; never the rules (a report
 * and rule metadata are handed in as plain data).
 */
package dev.runbook.core.site;
