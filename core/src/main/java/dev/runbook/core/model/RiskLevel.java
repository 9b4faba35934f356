package dev.runbook.core.model;

import java.util.Locale;
import java.util.Optional;

/** The four risk levels of the seed, with their fixed colours and emoji. */
public enum RiskLevel {
  CRITICAL("Critical", "\uD83D\uDD34", "red"),
  HIGH("High", "\uD83D\uDFE1", "yellow"),
  MEDIUM("Medium", "\uD83D\uDFE2", "green"),
  LOW("Low", "\uD83D\uDD35", "blue");

  private final String label;
  private final String emoji;
  private final String colour;

  RiskLevel(String label, String emoji, String colour) {
    this.label = label;
    this.emoji = emoji;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  public String emoji() {
    return emoji;
  }

  public String colour() {
    return colour;
  }

  /** The lower-case word used in front matter and JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for critical and high: the levels that need an actionable rollback. */
  public boolean isSevere() {
    return this == CRITICAL || this == HIGH;
  }

  public static Optional<RiskLevel> fromWord(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String w = word.trim().toLowerCase(Locale.ROOT);
    for (RiskLevel r : values()) {
      if (r.id().equals(w)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  public static Optional<RiskLevel> fromEmoji(String emoji) {
    for (RiskLevel r : values()) {
      if (r.emoji.equals(emoji)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
