package dev.runbook.core.model;

/** A fenced or indented code block; {@code firstLine} is the first line of its content. */
public record CodeBlock(String info, String literal, int firstLine) {}
