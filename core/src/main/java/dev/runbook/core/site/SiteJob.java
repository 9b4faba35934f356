package dev.runbook.core.site;

import java.io.IOException;

/** A piece of a build that can run on any thread: one page, or a data file. */
@FunctionalInterface
interface SiteJob {
  void run() throws IOException;
}
