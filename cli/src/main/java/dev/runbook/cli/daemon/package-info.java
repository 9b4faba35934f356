/**
 * The background process: a warm JVM that runs {@code check}, {@code build}, {@code alerts} and
 * {@code rules} for the launcher's client over a Unix domain socket in a private folder.
 */
package dev.runbook.cli.daemon;
