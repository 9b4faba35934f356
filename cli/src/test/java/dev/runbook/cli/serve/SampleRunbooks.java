package dev.runbook.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small runbook set that passes every rule, written into a folder for a test (serve tests). */
public final class SampleRunbooks {
  public static final String TODAY = "2026-11-28";

  private SampleRunbooks() {}

  /** Writes {@code repo/runbook.yml} and {@code repo/runbooks/}; returns the runbook folder. */
  public static Path write(Path repo) throws IOException {
    Path root = Files.createDirectories(repo.resolve("runbooks/database"));
    Files.writeString(repo.resolve("runbook.yml"), "root: runbooks\nsite:\n  title: Sample Runbooks\n");
    Files.writeString(repo.resolve("runbooks/README.md"), """
        # Sample Runbooks

        ## Database

        - [Database Failover](database/failover.md)
        - [Restore Backup](database/restore.md)
        """);
    Files.writeString(root.resolve("failover.md"), runbook("Database Failover",
        "Promote the standby when the primary is lost. See [Restore Backup](restore.md)."));
    Files.writeString(root.resolve("restore.md"), runbook("Restore Backup", "Restore last night's backup."));
    return repo.resolve("runbooks");
  }

  /** A runbook that passes every rule. */
  public static String runbook(String title, String overview) {
    return """
        ---
        risk: medium
        owner: team-dba
        last_reviewed: 2026-11-01
        ---

        # %s

        **Risk Level**: 🟢 Medium

        ## Overview

        %s

        ## Prerequisites

        - Access to the database hosts.

        ## Steps

        1. Check the replication lag.
        2. Run the procedure.

        ## Validation

        - The application answers.

        ## Rollback

        - Point the application back.

        ## References

        - [Home](../README.md)
        """.formatted(title, overview);
  }
}
