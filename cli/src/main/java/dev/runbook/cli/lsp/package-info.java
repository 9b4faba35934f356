/**
 * {@code runbook lsp}: a Language Server over stdio on Eclipse LSP4J. The set on disk is loaded
 * once; each edit re-parses only the edited buffer, updates the set's index and checks the open
 * buffers again. Core knows nothing of LSP: this package maps its findings, fixes and link
 * targets to the protocol.
 */
package dev.runbook.cli.lsp;
