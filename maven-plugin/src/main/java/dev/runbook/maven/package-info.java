/** The Maven goals: thin adapters that turn parameters into core options and results into log lines. */
package dev.runbook.maven;
