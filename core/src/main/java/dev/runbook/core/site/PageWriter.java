package dev.runbook.core.site;

import java.io.Writer;

/**
 * A writer into a string builder, for rendering one page on one thread: unlike {@link
 * java.io.StringWriter} it takes no lock on every write. Not thread-safe.
 */
final class PageWriter extends Writer {
  private final StringBuilder page;

  PageWriter(int capacity) {
    this.page = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    page.append((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    page.append(chars, off, len);
  }

  @Override
  public void write(String str) {
    page.append(str);
  }

  @Override
  public void write(String str, int off, int len) {
    page.append(str, off, off + len);
  }

  @Override
  public Writer append(CharSequence chars) {
    page.append(chars);
    return this;
  }

  @Override
  public Writer append(CharSequence chars, int start, int end) {
    page.append(chars, start, end);
    return this;
  }

  @Override
  public Writer append(char c) {
    page.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The number of characters written so far. */
  int length() {
    return page.length();
  }

  @Override
  public String toString() {
    return page.toString();
  }
}
