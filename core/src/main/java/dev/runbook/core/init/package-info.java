/**
 * {@code runbook init}: infers a commented {@code runbook.yml} from a set as it stands (its
 * template per folder, its front-matter keys, the generator it was written for) and writes a
 * baseline of what is left, so the first check is green and every later finding is new.
 */
package dev.runbook.core.init;
