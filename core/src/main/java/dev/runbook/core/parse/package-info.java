/** Reading files: bytes to text with encoding checks, front matter, Markdown with source spans. */
package dev.runbook.core.parse;
