package dev.runbook.core.site.view;

/** A risk level as shown: {@code id} such as {@code critical}, label, emoji and colour name. */
public record RiskView(String id, String label, String emoji, String colour) {}
